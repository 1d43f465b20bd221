// Fixture: what ui/ and app/ should do: call a workflow and show its result.
int runSomething(CliEnv& env)
{
    auto r = SettingsWorkflows(env.context()).set(QStringLiteral("org.name"), QStringLiteral("x"));
    const QString text = QStringLiteral("UPDATE the screen"); // not SQL: no SET clause
    return r ? 0 : 1;
}
