// The GUI test helpers themselves: child<T>() finds widgets by objectName, and a missing one fails the
// test that asked for it, naming the type and the objectName, without crashing and without stopping the
// run. The failing cases run in a child process of this program (the probe), whose report is checked.
#include "GuiFixture.h"

#include <QDialog>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QTableView>

using namespace certdesk;
using namespace certdesk::test;

namespace {

constexpr char kProbeVariable[] = "CERTDESK_GUI_FIXTURE_PROBE";

// A widget type without a default constructor, so child<T>() has no stand-in for it.
class ArgumentPanel : public QWidget
{
    Q_OBJECT
public:
    explicit ArgumentPanel(int value, QWidget* parent = nullptr) : QWidget(parent), m_value(value) {}
    int value() const { return m_value; }

private:
    int m_value;
};

int staleActionRuns = 0;

} // namespace

// Every test function but the last three fails on purpose; TstGuiFixture checks how.
class MissingChildProbe : public QObject
{
    Q_OBJECT
private slots:
    void missingChildGoesOnWithStandIns();
    void missingChildUnderExpectFail();
    void missingChildInDialogAction();
    void missingChildWithoutStandInInDialogAction();
    void nextFunctionRuns();
    void staleActionScheduled();
    void staleActionDropped();
};

void MissingChildProbe::missingChildGoesOnWithStandIns()
{
    QWidget parent;
    parent.setObjectName(QStringLiteral("probeParent"));
    auto* edit = child<QLineEdit>(&parent, "renamedEdit");
    QTest::keyClicks(edit, QStringLiteral("typed"));
    QTest::mouseClick(child<QPushButton>(&parent, "renamedButton"), Qt::LeftButton);
    const int rows = child<QTableView>(&parent, "renamedTable")->model()->rowCount();
    const bool same = child<QLineEdit>(&parent, "renamedEdit") == edit;
    qDebug("probe: went on, stand-in edit %s, visible %d, table rows %d, same again %d",
           qPrintable(edit->text()), int(edit->isVisible()), rows, int(same));
}

void MissingChildProbe::missingChildUnderExpectFail()
{
    QWidget parent;
    QEXPECT_FAIL("", "a missing child is never an expected failure", Continue);
    child<QLabel>(&parent, "expectedLabel")->setText(QStringLiteral("x"));
}

void MissingChildProbe::missingChildInDialogAction()
{
    QDialog dialog;
    later([] {
        auto* d = visibleDialog<QDialog>();
        QVERIFY(d);
        QTest::mouseClick(child<QPushButton>(d, "renamedOkButton"), Qt::LeftButton);
    });
    const int result = dialog.exec();
    qDebug("probe: exec() returned %d", result);
}

void MissingChildProbe::missingChildWithoutStandInInDialogAction()
{
    QDialog dialog;
    later([] {
        auto* d = visibleDialog<QDialog>();
        QVERIFY(d);
        qDebug("probe: unreachable %d", child<ArgumentPanel>(d, "renamedPanel")->value());
    });
    const int result = dialog.exec();
    qDebug("probe: exec() returned %d", result);
}

void MissingChildProbe::nextFunctionRuns()
{
    QWidget parent;
    auto* edit = new QLineEdit(&parent);
    edit->setObjectName(QStringLiteral("presentEdit"));
    QCOMPARE(child<QLineEdit>(&parent, "presentEdit"), edit);
    qDebug("probe: the next function ran");
}

void MissingChildProbe::staleActionScheduled()
{
    later([] { ++staleActionRuns; });
    // Returns before the event loop runs the action.
}

void MissingChildProbe::staleActionDropped()
{
    QTest::qWait(50);
    QCOMPARE(staleActionRuns, 0);
}

class TstGuiFixture : public QObject
{
    Q_OBJECT
private slots:
    void childFindsByObjectName();
    void missingChildFailsOnlyItsTest();
};

void TstGuiFixture::childFindsByObjectName()
{
    QWidget parent;
    auto* edit = new QLineEdit(&parent);
    edit->setObjectName(QStringLiteral("nameEdit"));
    auto* button = new QPushButton(edit); // a grandchild
    button->setObjectName(QStringLiteral("okButton"));
    auto* panel = new ArgumentPanel(7, &parent);
    panel->setObjectName(QStringLiteral("panel"));
    QCOMPARE(child<QLineEdit>(&parent, "nameEdit"), edit);
    QCOMPARE(child<QAbstractButton>(&parent, "okButton"), button);
    QCOMPARE(child<ArgumentPanel>(&parent, "panel")->value(), 7);
    QVERIFY(!QTest::currentTestFailed());
}

void TstGuiFixture::missingChildFailsOnlyItsTest()
{
    QProcess probe;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QString::fromLatin1(kProbeVariable), QStringLiteral("1"));
    probe.setProcessEnvironment(env);
    probe.setProcessChannelMode(QProcess::MergedChannels);
    probe.start(QCoreApplication::applicationFilePath(), {});
    QVERIFY2(probe.waitForStarted(), qPrintable(probe.errorString()));
    if (!probe.waitForFinished(120000)) {
        probe.kill();
        probe.waitForFinished();
        QFAIL(qPrintable(QStringLiteral("the probe hung:\n") + QString::fromUtf8(probe.readAll())));
    }
    const QString out = QString::fromUtf8(probe.readAll());
    const QByteArray report = out.toUtf8();
    const char* const why = report.constData();
    QVERIFY2(probe.exitStatus() == QProcess::NormalExit, why);
    QVERIFY2(!out.contains(QLatin1String("Received signal")), why);
    QVERIFY2(!out.contains(QLatin1String("Caught unhandled exception")), why);
    QVERIFY2(!out.contains(QLatin1String("Qt has caught an exception")), why);

    // Each missing child is a failure of its test function, named by type and objectName, at the caller.
    const QString fail = QStringLiteral("FAIL!  : MissingChildProbe::");
    const QStringList failures{
        QStringLiteral("missingChildGoesOnWithStandIns() no QLineEdit named \"renamedEdit\" under QWidget "
                       "\"probeParent\""),
        QStringLiteral("missingChildGoesOnWithStandIns() no QPushButton named \"renamedButton\""),
        QStringLiteral("missingChildGoesOnWithStandIns() no QTableView named \"renamedTable\""),
        QStringLiteral("missingChildUnderExpectFail() no QLabel named \"expectedLabel\""),
        QStringLiteral("missingChildInDialogAction() no QPushButton named \"renamedOkButton\" under QDialog"),
        QStringLiteral("missingChildWithoutStandInInDialogAction() no ArgumentPanel named \"renamedPanel\" "
                       "under QDialog"),
    };
    for (const QString& failure : failures) {
        const QString line = fail + failure;
        QVERIFY2(out.count(line) == 1, qPrintable(line + QStringLiteral("\nis not once in:\n") + out));
    }
    QVERIFY2(out.contains(QLatin1String("Loc: [") + QLatin1String(__FILE__)), why);

    // The failed functions went on to their end: past the stand-ins, and past the dialogs that their actions
    // left open; the action without a stand-in stopped at the missing child.
    const QLatin1String wentOn("probe: went on, stand-in edit typed, visible 0, table rows 0, same again 1");
    QVERIFY2(out.contains(wentOn), why);
    QCOMPARE(out.count(QLatin1String("probe: exec() returned 0")), 2);
    QVERIFY2(!out.contains(QLatin1String("probe: unreachable")), why);

    // The run went on to the next test functions; an action whose test function had ended did not run.
    QVERIFY2(out.contains(QLatin1String("probe: the next function ran")), why);
    QVERIFY2(out.contains(QLatin1String("PASS   : MissingChildProbe::nextFunctionRuns()")), why);
    QVERIFY2(out.contains(QLatin1String("PASS   : MissingChildProbe::staleActionDropped()")), why);
    QVERIFY2(out.contains(QLatin1String("later() dropped an action of staleActionScheduled()")), why);
    QVERIFY2(out.contains(QLatin1String("PASS   : MissingChildProbe::cleanupTestCase()")), why);
    QVERIFY2(out.contains(QLatin1String(", 4 failed,")), why);
    QCOMPARE(probe.exitCode(), 4); // Qt Test exits with the number of failed test functions
}

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    app.setAttribute(Qt::AA_Use96Dpi, true);
    QTEST_SET_MAIN_SOURCE_PATH
    if (qEnvironmentVariableIsSet(kProbeVariable)) {
        MissingChildProbe probe;
        return QTest::qExec(&probe, argc, argv);
    }
    TstGuiFixture tc;
    return QTest::qExec(&tc, argc, argv);
}

#include "tst_GuiFixture.moc"
