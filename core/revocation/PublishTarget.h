#pragma once
// Where THIS computer publishes the CRL: the folder it writes the CRL files to and the command it runs
// afterwards (e.g. `/usr/sbin/nginx -s reload`). Local configuration of the machine that publishes, never
// a database value: a database setting that every desktop or portal would run as a command is a way from
// the database to the CA holder's machine (security review, issue 13).
//
// Kept in a small text file, one `key=value` per line (`#` starts a comment; the value is the rest of the
// line, taken literally, no quoting):
//     folder=/etc/nginx/certdesk
//     command=/usr/sbin/nginx -s reload
// The file is, in this order: the one this process was told to use (certdesk-portal
// --crl-publish-config FILE), the one named by CERTDESK_CRL_PUBLISH_CONFIG, or crl-publish.conf in the
// "certdesk" folder of the user's configuration location (QStandardPaths::GenericConfigLocation: Linux
// ~/.config/certdesk/, macOS ~/Library/Preferences/certdesk/, Windows %LOCALAPPDATA%\certdesk\). The
// portal can also be given the values themselves (--crl-dir, --crl-command); then no file is read.
#include "util/Result.h"

#include <QCoreApplication>
#include <QProcessEnvironment>
#include <QString>

namespace certdesk {

class Database;

class PublishTarget
{
    Q_DECLARE_TR_FUNCTIONS(PublishTarget)
public:
    QString folder;  // empty: the CRL is only stored (the portal serves it), no file is written
    QString command; // empty: nothing runs after writing

    bool isEmpty() const { return folder.isEmpty() && command.isEmpty(); }

    // What this process publishes with (the fixed values, or the configuration file read now).
    static PublishTarget current();
    // The configuration file this process reads and the desktop writes (see above).
    static QString configPath();
    // True when the values were given on the command line (nothing is read from or written to a file).
    static bool isFixed();

    // Process-wide choices, made once at start by an entry point (certdesk-portal's options) or a test.
    static void useConfigFile(const QString& path);   // empty: back to the default location
    static void useFixed(const PublishTarget& fixed); // the values themselves; no file
    static void clearFixed();

    // Reads `path`; a missing file is an empty target. Io/Invalid errors are translated.
    static Result<PublishTarget> load(const QString& path);
    // Writes the file (owner-only where the platform allows), creating its folder.
    Status save(const QString& path) const;

    // The only environment the command gets (CrlPublisher::runCommand): POSIX
    // PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin, Windows SystemRoot and a PATH of
    // the system folders; LANG=C. Nothing of the publishing process's own environment (no
    // CERTDESK_CA_PASSPHRASE, no database URL).
    static QProcessEnvironment commandEnvironment();

    // The database keys crl.publish_dir / crl.publish_command that older versions kept: still present
    // (and ignored) in `db`. For a notice to the administrator; never read for publishing.
    static bool databaseHasIgnoredValues(Database& db);
};

} // namespace certdesk
