// Fixture: a model may read but not write.
void BadModel::load()
{
    UserStore users(*m_db);
    auto all = users.findAll();                                        // a read: fine
    m_db->exec(QStringLiteral("DELETE FROM users WHERE id = ?"), {1}); // violation 6
    MailTemplates::save(m_settings, id, lang, tmpl);                   // violation 7
}
