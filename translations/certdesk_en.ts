<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>Actor</name>
    <message>
        <source>System</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AeadKey</name>
    <message>
        <source>Could not create a random key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The protected key is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not encrypt the secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The protected secret is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BulkCommands</name>
    <message>
        <source>, about %1 s left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued %1 of %2 (%3 failed)%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bulk job %1: issued %2, failed %3, remaining %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finish it with: certdesk-cli bulk-issue --resume %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bulk-template needs --out FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote the bulk issuance form to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--threads must be a number (0 = every core).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use bulk-issue --resume JOB (the job number) without a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no bulk job %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resuming bulk job %1 (%2): %3 rows pending.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found; nothing was issued.</source>
        <translation>
            <numerusform>%n problem found; nothing was issued.</numerusform>
            <numerusform>%n problems found; nothing was issued.</numerusform>
        </translation>
    </message>
    <message>
        <source>Dry run: nothing was issued.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted as bulk job %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  %2  %3  %4: issued %5, failed %6, pending %7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bulk-jobs JOB takes the job number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1  %2  %3  %4 %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bulk job %1 (%2): issued %3, failed %4, pending %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2): certificates to issue: %3, new users: %4, certificate information to register: %5, rows skipped: %6.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BulkFiles</name>
    <message>
        <source>The file &quot;%1&quot; cannot be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BulkIssueForm</name>
    <message>
        <source>This column appears twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The column is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write the template: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown column. Use the header of %1 (Japanese or English column names).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BulkIssueJob</name>
    <message>
        <source>The file has problems; nothing was accepted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BulkIssueRunner</name>
    <message>
        <source>The user &quot;%1&quot; was deleted after the file was accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate information of &quot;%1&quot; was deleted after the file was accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no bulk job %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BulkIssueValidator</name>
    <message>
        <source>The key password must have 6 to 32 characters (it has %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key password may only contain half-width letters, digits and symbols, without spaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Differs from the registered certificate information (&quot;%1&quot;). Registered information cannot be changed here; leave the cell blank or write it as registered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This row has more cells than the header has columns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This login ID is already on line %1. A file may issue one certificate per user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark only one device; this row marks %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Either mark %1 or write a key password, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark %1 or write a key password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remarks may have at most 256 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No user has this login ID. Add the user first, or choose &quot;Create missing users&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new user needs an e-mail address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most 128 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This user already has %1 certificates, the most a user may have. Revoke one first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No row is marked in %1; there is nothing to issue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark one device column (Windows, iOS, Mac or Android).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BulkJobStore</name>
    <message>
        <source>The bulk job was not stored.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BulkRevoke</name>
    <message>
        <source>Write one serial number or common name, or a login ID and a device, per line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown device. Write Windows, iOS(アプリ/ブラウザ), iOS(専用ブラウザ), Mac, Android or other.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This login ID has no certificate for this device that is not already revoked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This certificate is already revoked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No certificate that is not already revoked has this serial number or common name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate %1 is already named on line %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file names no certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has problems; nothing was revoked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate %1 (line %2) was revoked meanwhile; nothing was revoked. Check the file again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BulkRevokeCommands</name>
    <message>
        <source>--reason must be lost, unspecified, affiliation-changed, superseded or cessation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found; nothing was revoked.</source>
        <translation>
            <numerusform>%n problem found; nothing was revoked.</numerusform>
            <numerusform>%n problems found; nothing was revoked.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Revoke %n certificate(s) of %1 user(s)?</source>
        <translation>
            <numerusform>Revoke %n certificate of %1 user?</numerusform>
            <numerusform>Revoke %n certificates of %1 user(s)?</numerusform>
        </translation>
    </message>
    <message>
        <source>line %1: %2 slot %3 %4 serial %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dry run: nothing was revoked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Those devices can no longer use the service. Add --yes to confirm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Revoked %n certificate(s) of %1 user(s): %2.</source>
        <translation>
            <numerusform>Revoked %n certificate of %1 user: %2.</numerusform>
            <numerusform>Revoked %n certificates of %1 user(s): %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>export-zip needs --out FILE.zip.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1: %2 PKCS#12 files, cacert.pem, cacert.crt and %3 with %4 passwords. It contains private keys and their passwords: hand it over safely and delete it afterwards.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BulkRowCommit</name>
    <message>
        <source>The user &quot;%1&quot; was deleted after the file was accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate information of &quot;%1&quot; changed after the file was accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate information of &quot;%1&quot; was deleted after the file was accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; already has %2 certificates, the most a user may have.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database rejected a statement</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaCommands</name>
    <message>
        <source>Subject:     %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serial:      %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key:         %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid:       %1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256:     %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CRL number:  %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>init needs --org NAME and --ca-name NAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--key must be p384 or rsa3072.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--days must be a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database already has a CA (%1). Use another database, or &quot;ca import&quot; to replace it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created the CA &quot;%1&quot; for %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database has no CA yet. Run &quot;init&quot; or &quot;ca import&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported the CA.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ca export-cert needs --out FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote the CA certificate to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No CA.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CA passphrase is now remembered in the keychain of this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database has no CA yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CA passphrase was removed from the keychain of this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>crl needs --out FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote CRL number %1 with %2 revoked certificate(s) to %3; next update %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No certificate authority yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No CRL has been signed yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current CRL: number %1, next update %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: a certificate was revoked after the current CRL was signed. Run certdesk-cli crl publish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: the CRL&apos;s next update is within a day. Run certdesk-cli crl publish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>init needs --admin NAME and --admin-password-file FILE: the first administrator of the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created the administrator %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first CRL was not signed: %1 Run &quot;certdesk-cli crl publish&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No CRL has been signed yet. Add --sign to sign one now (needs the CA passphrase).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: a certificate was revoked after this CRL was signed. Add --sign to sign a new one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaStore</name>
    <message>
        <source>The CA was not stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CA was not found.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaWorkflows</name>
    <message>
        <source>The CA passphrase must have at least 8 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CA passphrase is too long (at most 1024 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CA needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CA validity must be from 1 to 36500 days.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CertStatus</name>
    <message>
        <source>Issuing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Awaiting download</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Certificate</name>
    <message>
        <source>The certificate is damaged or not in DER format.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No valid certificate was found in the PEM data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Out of memory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No certificate was found in the PEM data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate %1 in the PEM data is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CertificateAuthority</name>
    <message>
        <source>The CA needs a common name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The country must be a two-letter code such as JP.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CA validity must be between 1 day and 100 years.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The private key does not belong to the CA certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate &quot;%1&quot; is not a CA certificate (basicConstraints CA:TRUE is missing).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CA certificate &quot;%1&quot; is not allowed to sign certificates (keyUsage keyCertSign is missing).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PKCS#12 file does not contain a private key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stored CA key does not belong to the CA certificate.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CertificateCommands</name>
    <message>
        <source>Use either --password-file or --auto-password, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued slot %1 of %2 for %3: serial %4, %5, valid until %6.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the PKCS#12 file to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key password (shown only now): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>issue needs --device %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reissue takes LOGIN:SLOT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--reason must be lost, unspecified, affiliation-changed, superseded or cessation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoking %1&apos;s %2 certificate (slot %3) means that device can no longer use the service. Add --yes to confirm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoked slot %1 of %2 (%3, serial %4): %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slot %1 of %2 is now %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 slot %2: %3, %4, serial %5, %6 – %7, subject %8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download link (shown only now): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--slot takes a slot number from 1, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CertificateRef</name>
    <message>
        <source>&quot;%1&quot; is not LOGIN:SLOT with a slot number from 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither a serial number (hex) nor LOGIN:SLOT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No certificate has the serial number %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slot %1 of &quot;%2&quot; holds no certificate.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CertificateStore</name>
    <message>
        <source>The new certificate was not stored.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CertificateWorkflows</name>
    <message>
        <source>Slot %1 of &quot;%2&quot; is still in use. Revoke its certificate before re-issuing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown device type &quot;%1&quot;. Choose one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remarks may have at most 256 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register the certificate information of &quot;%1&quot; before issuing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slot %1 does not exist; a user has %2 slots.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; already has %2 certificates, the most a user may have. Revoke one first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user &quot;%1&quot; was deleted meanwhile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slot %1 of &quot;%2&quot; is in use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a certificate awaiting download can be marked as delivered (this one is: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remarks may not contain line breaks, tabs or other control characters.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CliArgs</name>
    <message>
        <source>The option --%1 takes no value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The option --%1 needs a value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown option --%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing arguments. Usage: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many arguments. Usage: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CliCrl</name>
    <message>
        <source>CRL number %1 (%2 revoked) published to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CRL number %1 (%2 revoked) signed; the portal serves it at /crl.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CRL number %1 (%2 revoked) of the replaced CA &quot;%3&quot; signed with its key.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CliEnv</name>
    <message>
        <source>No database given. Use --db sqlite:PATH or --db postgresql://USER@HOST:PORT/DB (or set CERTDESK_DB).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>certdesk-cli: error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>certdesk-cli: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &quot;certdesk-cli help&quot; for the commands.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CliPassphrase</name>
    <message>
        <source>The CA passphrase is needed. Give it with --passphrase-file FILE or the environment variable CERTDESK_CA_PASSPHRASE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA passphrase for %1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New CA passphrase (at least 8 characters): </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same passphrase again: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CA is locked (no --passphrase-file, CERTDESK_CA_PASSPHRASE or remembered passphrase).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was entered.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CliSignIn</name>
    <message>
        <source>This database has no operators yet. Create the first administrator: certdesk-cli operator bootstrap NAME --password-file FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password of operator %1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password of operator %1 is needed. Give it with --operator-password-file FILE or the environment variable CERTDESK_OPERATOR_PASSWORD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in first: give the operator with --operator NAME (or CERTDESK_OPERATOR) and the password with --operator-password-file FILE, CERTDESK_OPERATOR_PASSWORD or at the prompt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operator %1 must change the password before anything else. Run: certdesk-cli passwd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database already has operators. Sign in as an administrator with --operator instead of --admin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the new password with --password-file FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New password of operator %1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same password again: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClientCertificateSigner</name>
    <message>
        <source>Out of memory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CA is not unlocked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no key to certify.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CA certificate expired on %1; it cannot issue certificates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate needs a login ID for its common name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The validity must be at least one day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The e-mail address &quot;%1&quot; cannot be put in a certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user principal name &quot;%1&quot; must look like user@domain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The URL &quot;%1&quot; is not a valid http, https or ldap URL (use percent-encoding for commas and non-ASCII characters).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CrlBuilder</name>
    <message>
        <source>&quot;%1&quot; is not a certificate serial number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Out of memory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The revocation of %1 has no date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not add a revoked certificate to the CRL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not add the revocation reason to the CRL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CA is not unlocked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CRL number must not be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The next CRL update must be after this update.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not create the CRL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not add the CRL number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not add the authority key identifier to the CRL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not sign the CRL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not encode the CRL.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CrlPublicationText</name>
    <message>
        <source>Servers that check the certificate revocation list (CRL) refuse the device once a new CRL is published (Publish CRL now on the dashboard or in Settings → Portal and CRL).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CRL number %1 was signed (the download portal serves it), but: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Published CRL number %1 with %n revoked certificate(s) to %2. Next update: %3.</source>
        <translation>
            <numerusform>Published CRL number %1 with %n revoked certificate to %2. Next update: %3.</numerusform>
            <numerusform>Published CRL number %1 with %n revoked certificates to %2. Next update: %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>The publish command ran successfully.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Signed CRL number %1 with %n revoked certificate(s); the download portal serves it. No CRL folder is set, so no file was written.</source>
        <translation>
            <numerusform>Signed CRL number %1 with %n revoked certificate; the download portal serves it. No CRL folder is set, so no file was written.</numerusform>
            <numerusform>Signed CRL number %1 with %n revoked certificates; the download portal serves it. No CRL folder is set, so no file was written.</numerusform>
        </translation>
    </message>
    <message>
        <source>This database has no CA yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current CRL: number %1, next update %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No CRL yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A revocation is not in the CRL yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A revocation is not in the CRL yet: servers that check only the CRL still accept that device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CRL expired at %1: servers that check it may refuse every device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CRL&apos;s next update is within a day (%1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CrlPublisher</name>
    <message>
        <source>Could not write the CRL to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CRL folder %1 does not exist and could not be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not replace the CRL in %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CRL was not re-signed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CRL publish command &quot;%1&quot; could not be started: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CRL publish command &quot;%1&quot; did not finish within %2 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CRL publish command &quot;%1&quot; failed (exit status %2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CRL of the replaced CA &quot;%1&quot; was not re-signed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CRL was not re-signed here: %1 Servers that use OCSP refuse the certificate already. A certdesk-portal that holds the CA passphrase re-signs and publishes the CRL within a second; without one, publish the CRL when the CA is unlocked.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CrlStore</name>
    <message>
        <source>The CRL was not stored.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CryptoTypes</name>
    <message>
        <source>ECDSA P-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ECDSA P-384</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RSA 2048</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RSA 3072</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compatible (3DES, SHA-1 MAC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modern (AES-256, SHA-256 MAC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unspecified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device lost (key compromise)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Affiliation changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Superseded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cessation of operation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CsvCells</name>
    <message>
        <source>Leave the cell blank or mark it with ○ (also 〇, O, o or 1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CsvFile</name>
    <message>
        <source>The file &quot;%1&quot; cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; is too large for a CSV file (more than 64 MB).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>The CSV file starts with a UTF-8 byte order mark but is not valid UTF-8 text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CSV file is neither UTF-8 nor Shift_JIS text. Save it as CSV (UTF-8) or CSV (comma delimited) and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: a quoted field is not closed (missing &quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: unexpected text after the closing quote of a field.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The folder for the database does not exist: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file cannot be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Qt SQL driver for %1 is not installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the database %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot prepare the database %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database rejected a statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database rejected a schema change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to the database was lost. Nothing was saved; try again when the database is reachable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 cannot be reached. Nothing was saved; try again when it is reachable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else saved the same entry a moment ago, so nothing was saved. Look at the current state (the screens show it within a second) and try again if still needed. (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DatabaseTls</name>
    <message>
        <source>The server&apos;s certificate does not name the host &quot;%1&quot;. Connect with a host name that the certificate lists (for example the one in its subject alternative names), or have the server&apos;s certificate reissued for this name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The root certificate file %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The root certificate file %1 cannot be read or is not a PEM certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s certificate was not issued by the root certificate %1. Choose the CA certificate that signed the PostgreSQL server&apos;s certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server does not offer TLS. Turn on ssl in postgresql.conf, or choose a TLS mode that allows an unencrypted connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server accepts this user only over TLS. Choose the TLS mode &quot;verify-full&quot; (or at least &quot;require&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DatabaseUrl</name>
    <message>
        <source>No database given. Use sqlite:PATH or postgresql://USER@HOST:PORT/DB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SQLite database path is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PostgreSQL URL is not valid: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PostgreSQL URL names no database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown database URL &quot;%1&quot;. Use sqlite:PATH or postgresql://USER@HOST:PORT/DB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PostgreSQL URL contains control characters: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PostgreSQL URL has the unknown parameter &quot;%1&quot;. CertDesk understands sslmode, sslrootcert, sslcert and sslkey.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PostgreSQL URL gives the parameter %1 twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The parameter %1 in the PostgreSQL URL has no value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value of the parameter %1 in the PostgreSQL URL contains control characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a TLS mode (sslmode). Use one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file name in the parameter %1 contains &quot;;&quot;, which the PostgreSQL driver cannot pass on. Use a path without &quot;;&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoCommand</name>
    <message>
        <source>demo needs --users N.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--users must be a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--certs-per-user and --history-per-user must be numbers of 0 or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--seed must be a whole number from 0 to 4294967295.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created %1 demo users (%2 with certificate information, %3 using certificate authentication) in %4 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates: %1 (issuing %2, awaiting download %3, in use %4, revoked %5); download deadline passed %6, expired %7.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History rows: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 certificates awaiting download have a PKCS#12 file to deliver; their key password (shown only now): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo operator %1 (%2), password (shown only now): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo operator %1 (%2) existed already; its password was left as it was.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoData</name>
    <message>
        <source>Demo data generation was cancelled. What was written so far stays.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the operation history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of demo users must be from 1 to 1,000,000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificates per user must be from 0 to 20.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history rows per user must be from 0 to 1,000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The batch size, PKCS#12 count and thread count must not be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating users and signing certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database already holds %1 user(s) and %2 certificate(s) that are not demo data (demo users have e-mail addresses at %3). Demo data is only added to a new database or to one that holds demo data only.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DetachedSigner</name>
    <message>
        <source>This kind of CA key cannot sign the history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing the history checkpoint failed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeviceTypes</name>
    <message>
        <source>Windows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>iOS/iPadOS (app/browser)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>iOS/iPadOS (dedicated browser)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mac</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Android</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows 10 (1709 or later) and Windows 11 PCs. The certificate is installed by opening the .p12 file and following the certificate import wizard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>iPhone and iPad, for the app and Safari. The certificate is installed as a profile from the download link or the mail attachment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>iPhone and iPad with the organisation&apos;s dedicated browser. The certificate is imported inside that browser.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>macOS computers. The certificate is added to the login keychain by opening the .p12 file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Android smartphones and tablets. The certificate is installed from Settings &gt; Security &gt; Encryption &amp; credentials.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any other device that can import a PKCS#12 (.p12) file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DownloadLink</name>
    <message>
        <source>Could not create a download link.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DownloadRequest</name>
    <message>
        <source>This download link does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This request method is not allowed here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The form was not sent as a web form.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The form is too large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The form has the login ID twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The login ID could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your login ID.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DownloadService</name>
    <message numerus="yes">
        <source>Download link locked after %n wrong login ID(s).</source>
        <translation>
            <numerusform>Download link locked after %n wrong login ID.</numerusform>
            <numerusform>Download link locked after %n wrong login IDs.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FilePermissions</name>
    <message>
        <source>Cannot create the file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot restrict the file %1 to its owner: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryAudit</name>
    <message>
        <source>Line %1 of the anchor file (%2, %3 rows)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed checkpoint %1 (%2, %3 rows)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 names a CA that is not in the database (%2): it was forged, or the CA was removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no valid signature of the CA %2: it was forged or changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 covers more rows than the history has now (%2): rows were removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not match the history: rows %2 to %3 were changed, removed or re-chained after it was signed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History: %1 row(s); the hash chain is intact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History: %1 row(s); the hash chain is broken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed checkpoints checked: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anchor file lines checked: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Newest signed checkpoint: %1, covering %2 row(s), signed by the CA %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 row(s) after the newest checkpoint are only hash-chained.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No signed checkpoint holds: the whole history is only hash-chained.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryCheckpointStore</name>
    <message>
        <source>The history checkpoint was not stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 of the anchor file is not an anchor line (time, rows, head hash, CA fingerprint and signature, separated by tabs).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryCheckpoints</name>
    <message>
        <source>The operation history is damaged: its head row is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history is empty: there is nothing to sign yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history checkpoint was not signed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryCommands</name>
    <message>
        <source>--date must be YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>history export needs --year YYYY and --out FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the last 5 years (%1–%2) can be exported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported %1 history row(s) of %2 to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>certdesk-cli: the history was tampered with: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 = %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the anchor file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The anchor file %1 is larger than %2 MB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history is intact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>history anchor needs --out FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appended a signed anchor of %1 history row(s) to %2. Keep a copy on another system; check it with history verify --anchor.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryLog</name>
    <message>
        <source>The operation history is damaged: its head row is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1 does not follow the row before it: a row was deleted or inserted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1 was changed after it was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The newest rows of the history were deleted (%1 rows found).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the history export failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notification address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IP address / host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IdentityWorkflows</name>
    <message>
        <source>Family name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Furigana (family name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Furigana (given name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family name in English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given name in English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate information of &quot;%1&quot; is already registered and cannot be changed. To change it, delete the information (this revokes the user&apos;s certificates) and register it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no registered certificate information.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must not contain line breaks, tabs or other control or format characters.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IssueCrypto</name>
    <message>
        <source>Auto-generated passwords cannot be kept: no password key.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IssueDialogUi</name>
    <message>
        <source>Notification &amp;address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Device:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About this device…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Generate automatically</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A key password is generated for you. It is shown once after issuing; give it to the user separately from the certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Set it yourself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Confirm password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>6 to 32 half-width letters and digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same password again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;how the password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remarks:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional, for example: laptop 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slot:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notification address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remarks:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serial number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid until:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download deadline:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cop&amp;y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key password is the one you set. It is not stored anywhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sa&amp;ve .p12…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mail: not sent — mail is not configured yet. Save the .p12 file and give it to the user yourself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Issue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This password is shown only once. CertDesk keeps it only encrypted (for the password mail and the ZIP export) until the certificate is downloaded. Give it to the user separately from the certificate, not in the same mail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download link:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy &amp;link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This link is shown only once. The user opens it and enters their login ID to download the certificate, until the download deadline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Settings → Mail…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change to &quot;Use&quot;…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Keychain</name>
    <message>
        <source>The system keychain cannot be used before the application has started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The system keychain did not answer within %n seconds.</source>
        <translation>
            <numerusform>The system keychain did not answer within %n second.</numerusform>
            <numerusform>The system keychain did not answer within %n seconds.</numerusform>
        </translation>
    </message>
    <message>
        <source>No secret is stored in the system keychain for this entry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access to the system keychain was denied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No system keychain is available on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain reported an error: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LicenceCommand</name>
    <message>
        <source>Contracted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no limit (licence.contracted = 0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued:     %1 (active: not revoked, not expired)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remaining:  %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no limit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LicenceLimit</name>
    <message>
        <source>The licence allows %1 active certificates and %2 are issued: no more can be issued. Revoke a certificate that is no longer used, or raise the contracted number in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 certificates would be issued, but the licence allows only %2 more (%3 contracted, %4 issued). Revoke certificates that are no longer used, raise the contracted number in Settings, or issue fewer at once.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MailCommands</name>
    <message>
        <source>--port must be a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--security must be none, starttls or tls.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--password-file needs --user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mail server: %1:%2 (%3), sender %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mail test needs --to ADDRESS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CertDesk test mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a test mail from CertDesk. The mail server %1 accepted it for %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mail server accepted the test mail to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mails tried: %1, sent: %2, to retry later: %3, given up: %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mail retry takes the mail number (see mail outbox).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mail %1 will be sent at the next try.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mail cancel takes the mail number (see mail outbox).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mail %1 was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remind needs --within DAYS (1 to 365).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Queued %n expiry reminder(s) for certificates expiring within %1 days; send them with certdesk-cli mail send-pending.</source>
        <translation>
            <numerusform>Queued %n expiry reminder for certificates expiring within %1 days; send it with certdesk-cli mail send-pending.</numerusform>
            <numerusform>Queued %n expiry reminders for certificates expiring within %1 days; send them with certdesk-cli mail send-pending.</numerusform>
        </translation>
    </message>
    <message>
        <source>--allow-plain-auth must be yes or no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: the password of %1 goes to the mail server without encryption.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mail server is reached without TLS: CertDesk will not send the password of %1 there. Choose --security starttls or tls, or allow it with --allow-plain-auth yes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown (may have been sent)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MailConfig</name>
    <message>
        <source>Enter the mail server&apos;s host name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the sender address of notification mails.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SMTP password is not available: no keychain on this session. Store it with &quot;certdesk-cli mail configure --password-file&quot; in a desktop session, or set CERTDESK_SMTP_PASSWORD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mail is not configured: set the mail server and the sender address with certdesk-cli mail configure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid e-mail address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SMTP password for %1 on %2 is not stored in the keychain. Store it with certdesk-cli mail configure --password-file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SMTP password needs the server and the user name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MailQueue</name>
    <message>
        <source>The number of days must be from 1 to 365.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MailTemplates</name>
    <message>
        <source>Download request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bulk issuance accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bulk issuance rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issuance failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expiry reminder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To the user&apos;s notification address after a certificate is issued: how to download it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To the user, separately, when the certificate password was generated: only the password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To the administrator when a bulk issuance file has been checked and accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To the administrator when a bulk issuance file was refused, with every problem.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To the administrator when a certificate could not be issued.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To the user when a certificate is about to expire.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download address of the certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate password (only in the certificate password mail)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the bulk issuance file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of certificates to issue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems found in the file, one per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the issuance failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expiry date of the certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The subject must not be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The subject must be a single line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{key_password} may only be used in the certificate password mail, not in &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{key_password} must not appear in the subject.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown placeholder %1 in &quot;%2&quot;. Allowed placeholders: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown placeholders %1 in &quot;%2&quot;. Allowed placeholders: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The body of &quot;%1&quot; must contain %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown mail language &quot;%1&quot; (ja or en).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown mail template setting &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Migrations</name>
    <message>
        <source>Updating the database to version %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database was created by a newer CertDesk (schema %1). Please update CertDesk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database must first be updated by its owner (schema %1, this CertDesk needs %2): run certdesk-cli init as the database owner.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NameRules</name>
    <message>
        <source>%1 is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 must be at most %n characters long.</source>
        <translation>
            <numerusform>%1 must be at most %n character long.</numerusform>
            <numerusform>%1 must be at most %n characters long.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 must be written in full-width katakana.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be written in half-width English letters (spaces, hyphens and apostrophes only between letters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must not contain control characters or line breaks.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OcspSigner</name>
    <message>
        <source>The CA is not unlocked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The validity must be at least one day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The validity period is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CA certificate expired on %1; it cannot issue an OCSP signing certificate.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Op</name>
    <message>
        <source>Issue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-issue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marked delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate authentication on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate authentication off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bulk accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bulk rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CRL published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mail retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mail cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expiry reminder queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operator locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operator unlocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operator added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operator changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operator disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OperatorCommands</name>
    <message>
        <source>disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must change password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The role must be admin, helpdesk or auditor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>operator bootstrap needs --password-file FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created the administrator %1. Sign in with --operator %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>operator add needs --password-file FILE (the initial password).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added the operator %1 (%2). The password must be changed at the first sign-in (certdesk-cli passwd).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is now %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlocked the operator %1; they can sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>operator reset-password needs --password-file FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset the password of %1; it must be changed at the next sign-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disabled the operator %1; they can no longer sign in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed the password of %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OperatorStore</name>
    <message>
        <source>The new operator was not stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no operator with ID %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The administrators could not be counted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OperatorWorkflows</name>
    <message>
        <source>The operator needs a login name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The login name may have at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The login name may contain only letters A–Z, digits and . _ -, and must start with a letter or a digit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login names starting with pg_ or certdesk_ are reserved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password does not meet the rules:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The display name may have at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already an operator with the login name &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database has operators already. Sign in as an administrator to add one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The login name or the password is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The operator %1 is locked after %2 wrong passwords. Ask an administrator to unlock it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The operator %1 is disabled. Ask an administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody is signed in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody is signed in. Sign in as an operator first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signed-in operator no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new password must differ from the current one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The current password is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no operator with the login name &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is the last active administrator. Add or enable another administrator first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You cannot disable the operator you are signed in as.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutboxSender</name>
    <message>
        <source>The certificate file is no longer stored (the certificate was revoked or delivered).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mail %1 to %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no mail %1 in the outbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a queued, failed or unknown mail can be resent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a queued, failed or unknown mail can be cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mail %1 is being sent right now. If it is still not marked sent or failed at %2, it shows as unknown and can then be resent or cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutboxStore</name>
    <message>
        <source>The mail was not queued.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mail was changed meanwhile; look at the outbox again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PasswordGenerator</name>
    <message>
        <source>The key password may contain only half-width letters (A-Z, a-z) and digits (0-9).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The key password must be at least %n characters long.</source>
        <translation>
            <numerusform>The key password must be at least %n character long.</numerusform>
            <numerusform>The key password must be at least %n characters long.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The key password must be at most %n characters long.</source>
        <translation>
            <numerusform>The key password must be at most %n character long.</numerusform>
            <numerusform>The key password must be at most %n characters long.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PasswordHash</name>
    <message>
        <source>scrypt is not available in this OpenSSL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password could not be hashed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password hash parameters are out of range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No random bytes for the password hash.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PasswordRules</name>
    <message>
        <source>The password must be %1 to %2 characters long; this one has %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password must contain at least three of these four kinds of characters: upper-case letters, lower-case letters, digits and symbols.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password must not contain the login name “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2 characters with at least three of: upper-case letters, lower-case letters, digits, symbols. It must not contain the login name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PasswordSealer</name>
    <message>
        <source>The protected key was not stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The protected password is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key protecting this password is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A protected password must belong to a record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The protected password does not belong to this record: it was moved from another record or altered in the database. It was not used.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PgRoles</name>
    <message>
        <source>Cannot compute the PostgreSQL password verifier (%1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Pkcs12Bundle</name>
    <message>
        <source>A PKCS#12 file needs a password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PKCS#12 password contains a NUL character.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A PKCS#12 file needs a key and its certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The private key does not belong to the certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Out of memory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not create the PKCS#12 file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not protect the PKCS#12 file with a MAC.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not encode the PKCS#12 file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not a PKCS#12 (.p12/.pfx) file or it is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PKCS#12 password is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PKCS#12 password is wrong, or the file uses an unsupported algorithm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PKCS#12 file could not be read: it is damaged or uses an unsupported (legacy) algorithm such as RC2. Export it again with AES or 3DES.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Portal</name>
    <message>
        <source>CertDesk download portal, CA certificate, CRL and OCSP responder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database: sqlite:PATH or postgresql://USER@HOST:PORT/DB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address and port, e.g. 127.0.0.1:8443 or *:8443.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS certificate (PEM) for HTTPS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS private key (PEM, unencrypted).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File holding the CA passphrase (enables OCSP and the CRL schedule).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No database given. Use --db sqlite:PATH or --db postgresql://USER@HOST:PORT/DB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--listen must be ADDRESS:PORT, e.g. 127.0.0.1:8443.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--tls-cert and --tls-key go together.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase file %1 cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no CA passphrase was given (--passphrase-file or CERTDESK_CA_PASSPHRASE).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address of a reverse proxy in front of the portal; its X-Forwarded-For is recorded as the client address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--trusted-proxy must be an IP address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CRL publish configuration of this computer (folder=… and command=… lines); default %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder to write the CRL files to (instead of a file).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Command to run after writing the CRL, e.g. &quot;/usr/sbin/nginx -s reload&quot; (with --crl-dir).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--crl-publish-config cannot be combined with --crl-dir or --crl-command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database connection was lost: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database connection is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Following the database: the CRL is re-signed within a second of every revocation.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PortalPages</name>
    <message>
        <source>Your client certificate is ready. Enter your login ID to download it, then install it on the device named below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downloads left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download the certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download your client certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This download link has expired. Ask your administrator to issue the certificate again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This certificate has been revoked and can no longer be downloaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This certificate has been downloaded as often as allowed. Ask your administrator if you need it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This certificate can no longer be downloaded. Ask your administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download not possible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The login ID was wrong too many times. Try again in 15 minutes, or ask your administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request not understood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This link does not exist. Check that you opened the whole link from the mail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This login ID does not match the certificate. Tries left: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the downloaded .p12 file (double-click it in Downloads).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Certificate Import Wizard opens: choose &quot;Current User&quot; and click Next.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click Next, then enter the certificate password and click Next.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep &quot;Automatically select the certificate store&quot;, click Next, then Finish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart the browser and open the service. When the browser asks for a certificate, choose this one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keychain Access opens: choose the &quot;login&quot; keychain and click Add.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the certificate password and click OK.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the service in Safari or Chrome. When the browser asks for a certificate, choose this one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open this page in Safari on the iPhone or iPad (the Gmail app cannot open certificates).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download the certificate and tap Allow: the profile is downloaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Settings, tap &quot;Profile Downloaded&quot; (or General &gt; VPN &amp; Device Management) and tap Install.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the passcode of the device, then the certificate password, and tap Install and Done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download the certificate on the iPhone or iPad.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the .p12 file with the organisation&apos;s dedicated browser (Share &gt; the browser) and import it there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the certificate password when the browser asks for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download the certificate with Chrome on the device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Settings &gt; Security &gt; Encryption &amp; credentials &gt; Install a certificate &gt; VPN &amp; app user certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the downloaded .p12 file and enter the certificate password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the certificate a name (for example the service&apos;s name) and tap OK.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download the certificate on the device that will use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import the .p12 file into the device or browser as its manual says, with the certificate password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How to install it on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate password comes in a separate mail. Keep it at hand: the installation asks for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your administrator gives you the certificate password. Keep it at hand: the installation asks for it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrivateKey</name>
    <message>
        <source>Could not generate a %1 key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no private key to export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A passphrase is required to protect the private key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not encode the private key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not set up the private key encryption.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not encrypt the private key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No private key was found in the PEM data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Out of memory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The private key is encrypted; enter its passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase is wrong, or the encrypted private key is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The private key could not be read: it is damaged or in an unsupported format.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PublishTarget</name>
    <message>
        <source>The CRL publish configuration %1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CRL publish configuration %1 is too large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 of the CRL publish configuration %2 is neither folder=… nor command=….</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CRL folder and command must each be one line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 could not be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CRL publish configuration %1 cannot be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RequestScreen</name>
    <message>
        <source>The request must give its length (Content-Length).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request is too large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request did not arrive in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bad request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request headers are too large.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RevocationSteps</name>
    <message>
        <source>The certificate %1 is already revoked.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RevocationWorkflows</name>
    <message>
        <source>No certificate has the serial number %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RevokeDialog</name>
    <message>
        <source>%1 &lt;%2&gt; (login ID %3)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <source>Administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Helpdesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auditor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>search or view users, certificates and the dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>issue, re-issue or revoke certificates, handle lost devices, resend mails or register certificate information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add, edit or delete users, delete certificate information, apply the user selection, issue or revoke certificates in bulk, export ZIP files or import and export users as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create or import the CA or change its passphrase, publish the CRL, change the settings, the mail server, mail templates, the portal or the operators, or create demo data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>view the history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export or verify the yearly history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are signed in as %1 (%2); this role may not %3. Ask an administrator.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SealedBox</name>
    <message>
        <source>There is no CA certificate to protect the secret with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secret is too long to be protected with the CA key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not protect the secret with the CA key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CA key (%1) cannot be used to protect secrets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CA key is needed to read the protected secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CA private key does not belong to the CA certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The protected secret is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The protected secret was not sealed for this CA key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Out of memory.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SelectionExport</name>
    <message>
        <source>Login ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate authentication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In-use count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Don&apos;t use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the list failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>%1 must be a whole number from %2 to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be an http:// or https:// address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be &quot;ja&quot; or &quot;en&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown PKCS#12 profile &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown key type &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be 0 or 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown setting &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be none, starttls or tls.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid e-mail address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is no longer kept in the database: the CRL folder and the command run after publishing are set on the computer that publishes (the file crl-publish.conf, Settings → Portal and CRL, or certdesk-portal --crl-publish-config).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsWorkflows</name>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was saved. Correct these values:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignIn</name>
    <message>
        <source>The failed sign-in could not be counted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The operator %1 is locked or disabled. Ask an administrator.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignInFlow</name>
    <message>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SmtpClient</name>
    <message>
        <source>The mail server is not configured.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mail server port %1 is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mail server name %1 is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mail has no recipient.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mail address %1 is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A mail address, name or subject contains a line break.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mail library (libcurl) could not be initialised.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending mail through %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mail server refused the user name or password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mail server %1 was not found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot connect to the mail server %1:%2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The mail server %1:%2 did not answer within %n second(s).</source>
        <translation>
            <numerusform>The mail server %1:%2 did not answer within %n second.</numerusform>
            <numerusform>The mail server %1:%2 did not answer within %n seconds.</numerusform>
        </translation>
    </message>
    <message>
        <source>The secure connection (TLS) to %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mail server %1 refused the recipient %2 (response %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mail server %1 refused the mail (response %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CertDesk does not send the password of %1 to the mail server %2 over a connection without TLS. Choose STARTTLS or TLS, or explicitly allow the password over an unencrypted connection in the mail server settings.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Transaction</name>
    <message>
        <source>Cannot start a database transaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No transaction is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database could not save the change</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UserCommands</name>
    <message>
        <source>Use &quot;on&quot; or &quot;off&quot;, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added the user %1 &lt;%2&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated the user %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>certificate authentication: on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>certificate authentication: off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User:            %1 &lt;%2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login ID:        %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department:      %1   Title: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Groups:          %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate authentication: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:            %1 %2 (%3 %4) %5 %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate information: not registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  [%1] %2  %3  %4  expires %5  serial %6%7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  (!) attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting a user revokes all of that user&apos;s certificates. Add --yes to confirm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted the user %1; %2 certificate(s) revoked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered the certificate information of %1: %2 %3 (%4 %5, %6 %7).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting the certificate information revokes all of the user&apos;s certificates. Add --yes to confirm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted the certificate information of %1; %2 certificate(s) revoked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>selection set LOGIN on|off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 now uses certificate authentication.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 no longer uses certificate authentication.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UserCsv</name>
    <message>
        <source>The file is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first line must be the header: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown column. The columns are: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This column appears twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The column is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This column has no name in the header.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This row has more cells than the header has columns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This login ID is already on line %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The e-mail address is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line breaks and other control characters are not allowed in this column.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The group name &quot;%1&quot; is longer than %2 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The file has %n problem(s); nothing was imported.</source>
        <translation>
            <numerusform>The file has %n problem; nothing was imported.</numerusform>
            <numerusform>The file has %n problems; nothing was imported.</numerusform>
        </translation>
    </message>
    <message>
        <source>The user &quot;%1&quot; was deleted during the import; nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the CSV file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: the login ID &quot;%2&quot; differs only in case from the existing user &quot;%3&quot;; nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UserCsvCommands</name>
    <message numerus="yes">
        <source>%n problem(s) found; nothing was imported.</source>
        <translation>
            <numerusform>%n problem found; nothing was imported.</numerusform>
            <numerusform>%n problems found; nothing was imported.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is valid. Importing it would add %2 user(s), update %3 and leave %4 unchanged. Nothing was written (--dry-run).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1: %2 user(s) added, %3 updated, %4 unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user export needs --out FILE.csv.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %n user(s) to %1.</source>
        <translation>
            <numerusform>Exported %n user to %1.</numerusform>
            <numerusform>Exported %n users to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UserStore</name>
    <message>
        <source>The new user was not stored.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UserWorkflows</name>
    <message>
        <source>The login ID is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The login ID &quot;%1&quot; may only contain half-width letters, digits and . _ @ + - (at most 64 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid e-mail address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The e-mail address is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name, department and title may have at most 128 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mail language must be &quot;ja&quot; or &quot;en&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A user with the login ID &quot;%1&quot; already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name, department, title and groups may not contain line breaks, tabs or other control characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A user with the login ID &quot;%1&quot; already exists; login IDs that differ only in upper and lower case are not allowed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkflowContext</name>
    <message>
        <source>This database has no certificate authority yet. Create or import one first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CA passphrase is needed to sign. Give it with --passphrase-file, CERTDESK_CA_PASSPHRASE or the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CA passphrase is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no user with the login ID &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody is signed in. Sign in as an operator first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no certificate authority number %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase of the earlier CA &quot;%1&quot; is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>X509Builder</name>
    <message>
        <source>Could not generate a random serial number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not set the serial number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Out of memory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The subject field %1 is too long or contains characters that are not allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not set the certificate subject.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not set the certificate issuer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The validity period is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not set the validity period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not set the public key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not add the %1 extension.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not sign the certificate.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ZipExport</name>
    <message>
        <source>No certificate is awaiting download; there is nothing to export.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ZipWriter</name>
    <message>
        <source>Could not create the ZIP file %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ZIP file %1 is already complete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a valid file name inside a ZIP file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not add %1 to the ZIP file %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ZIP file %1 already contains %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write the ZIP file %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>certdesk::AboutDialog</name>
    <message>
        <source>About CertDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CertDesk %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device certificates: issue, deliver, revoke.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1
Qt %2 (built with Qt %3)
%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Libraries and their licences:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1%2 — %3</source>
        <extracomment>A bundled library in Help → About: name and version, then its licence, e.g. &quot;Qt 6.4.2 — LGPL-3.0-only&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>certdesk::AdministratorWizardPage</name>
    <message>
        <source>The database is not open. Go back and choose it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an administrator can set up the CA. Sign in as an administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone who uses CertDesk signs in. Create the first administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The administrator may do everything and adds the other operators (helpdesk, auditors) later in Settings → Operators. Keep the password to yourself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database already has operators.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in as an administrator of this database to continue the setup.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>certdesk::AppSession</name>
    <message>
        <source>Signing was cancelled: the CA passphrase was not entered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CA passphrase is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase could not be remembered on this computer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CA is locked: its passphrase is not remembered in this computer&apos;s keychain.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>certdesk::BulkIssueSection</name>
    <message>
        <source>Download the bulk issuance form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the form with every user prefilled to %1. Mark %2 and one device per row, then choose the file here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the bulk issuance file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bulk issuance</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Issue %n certificate(s) from %1 now?</source>
        <translation>
            <numerusform>Issue %n certificate from %1 now?</numerusform>
            <numerusform>Issue %n certificates from %1 now?</numerusform>
        </translation>
    </message>
    <message>
        <source>Issuance runs in the background. Each certificate is saved as soon as it is issued; if you cancel, the rest can be resumed later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume bulk job</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Issue the %n pending certificate(s) of bulk job %1 (%2)?</source>
        <translation>
            <numerusform>Issue the %n pending certificate of bulk job %1 (%2)?</numerusform>
            <numerusform>Issue the %n pending certificates of bulk job %1 (%2)?</numerusform>
        </translation>
    </message>
    <message>
        <source>Issue many certificates from one %1 file: download the form (every user prefilled), mark %2 and one device per row in Excel, save it as CSV and choose it. If any row has a problem, nothing is issued.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Download form (%1)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create &amp;missing users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login IDs that are not registered are added as new users with the values of the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No file chosen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start issuing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n certificate(s) to issue</source>
        <translation>
            <numerusform>%n certificate to issue</numerusform>
            <numerusform>%n certificates to issue</numerusform>
        </translation>
    </message>
    <message>
        <source>New users: %1 · Certificate information to register: %2 · Rows skipped (%3 blank): %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cho&amp;ose file…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>certdesk::BulkPage</name>
    <message>
        <source>Bulk operations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bulk issuance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bulk revocation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate download (ZIP)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users CSV</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>certdesk::BulkRevokeSection</name>
    <message>
        <source>Choose the file of certificates to revoke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bulk revocation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke %1 of %2?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n certificate(s)</source>
        <translation>
            <numerusform>%n certificate</numerusform>
            <numerusform>%n certificates</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n user(s)</source>
        <translation>
            <numerusform>%n user</numerusform>
            <numerusform>%n users</numerusform>
        </translation>
    </message>
    <message>
        <source>The devices with these certificates can no longer use the service. Revoking cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Revoked %n certificate(s) from %1. Publish the CRL (CA &amp; revocation) so that the web service refuses them.</source>
        <translation>
            <numerusform>Revoked %n certificate from %1. Publish the CRL (CA &amp; revocation) so that the web service refuses it.</numerusform>
            <numerusform>Revoked %n certificates from %1. Publish the CRL (CA &amp; revocation) so that the web service refuses them.</numerusform>
        </translation>
    </message>
    <message>
        <source>Revoke many certificates from a CSV file with one certificate per line: a serial number, a common name (the login ID: every certificate of that user that is not revoked), or a login ID and a device in two cells. If any line has a problem, nothing is revoked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No file chosen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 will be revoked:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the certificates are revoked, the devices with them can no longer use the service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rea&amp;son:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;marks for the history (optional):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: employees who left in March</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Revoke…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cho&amp;ose file…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>certdesk::BulkRunPanel</name>
    <message>
        <source>Cancelling… certificates already signed are still saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued %1 of %2 (%3 failed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>, about %n s left</source>
        <translation>
            <numerusform>, about %n s left</numerusform>
            <numerusform>, about %n s left</numerusform>
        </translation>
    </message>
    <message>
        <source>The bulk job %1 stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bulk job %1 stopped: %2 Rows not yet issued stay pending; resume the job under Unfinished jobs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bulk job %1 (%2): %3 issued, %4 failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Cancelled: %n row(s) not issued yet; resume the job under Unfinished jobs.</source>
        <translation>
            <numerusform>Cancelled: %n row not issued yet; resume the job under Unfinished jobs.</numerusform>
            <numerusform>Cancelled: %n rows not issued yet; resume the job under Unfinished jobs.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) not issued yet; resume the job under Unfinished jobs.</source>
        <translation>
            <numerusform>%n row not issued yet; resume the job under Unfinished jobs.</numerusform>
            <numerusform>%n rows not issued yet; resume the job under Unfinished jobs.</numerusform>
        </translation>
    </message>
    <message>
        <source>The rows below failed; issue them again with a corrected file or one by one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificates are awaiting download.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issuing the certificates of %1 (bulk job %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bulk job %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop after the rows in progress; the rest stays pending and can be resumed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>certdesk::CaPage</name>
    <message>
        <source>CA &amp; revocation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database has no CA yet. Create or import one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No CRL has been signed yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n certificate(s)</source>
        <translation>
            <numerusform>%n certificate</numerusform>
            <numerusform>%n certificates</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — the published CRL has expired; publish it now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not chosen yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serial number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256 fingerprint:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CRL number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create CA…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import CA…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export CA certificate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget remembered passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the CA passphrase from this computer&apos;s keychain; it will be asked for again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate revocation list (CRL)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoked:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last published:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next update:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish CRL now…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Addresses written into certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CRL distribution point:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OCSP responder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA issuers (AIA):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download portal:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These addresses are set on the Settings screen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the CA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created the CA &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported the CA &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the folder to publish the CRL to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish CRL</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Published CRL number %1 with %n revoked certificate(s) to %2. Next update: %3.</source>
        <translation>
            <numerusform>Published CRL number %1 with %n revoked certificate to %2. Next update: %3.</numerusform>
            <numerusform>Published CRL number %1 with %n revoked certificates to %2. Next update: %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the CA certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; cannot be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the CA certificate to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the passphrase of the CA &quot;%1&quot; from this computer&apos;s keychain? It will be asked for the next time a certificate or CRL is signed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase is no longer remembered on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer only: given when this program was started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer only, kept in %1 (not in the database).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A CRL folder or command stored in the database by an older version is ignored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database already has the CA &quot;%1&quot;. The new CA will sign all new certificates; &quot;%1&quot; keeps signing its own CRL while any of its certificates is unexpired, so its passphrase must stay available to CertDesk. Devices must trust the new CA certificate.

Create a new CA anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database already has the CA &quot;%1&quot;. The imported CA will sign all new certificates; &quot;%1&quot; keeps signing its own CRL while any of its certificates is unexpired, so its passphrase must stay available to CertDesk. Devices must trust the imported CA certificate.

Import a CA anyway?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>certdesk::CaSetupDialog</name>
    <message>
        <source>Create a CA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a CA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>certdesk::CaSetupWidget</name>
    <message>
        <source>The file &quot;%1&quot; cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a name for the CA.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the CA file to import (PEM or PKCS#12).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key file &quot;%1&quot; does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the passphrase that protects the CA key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase and its confirmation differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase was not remembered: this computer has no keychain available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase could not be remembered on this computer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the CA private key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PEM keys (*.pem *.key);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the CA to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA files (*.pem *.crt *.p12 *.pfx);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a new root CA. Client certificates are signed with it; its key is stored encrypted with the passphrase below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import an existing CA or intermediate CA with its chain and private key, from PEM files or a PKCS#12 file. Its key is stored encrypted with the passphrase below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Example Corp Device CA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Key type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ECDSA P-384 (recommended)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RSA 3072</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA &amp;file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Separate &amp;key file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional, when the key is not in the CA file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password of the PKCS#12 file or of the encrypted key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA &amp;passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least 8 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Confirm passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remember the passphrase on this computer (OS keychain)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Validity in years:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>certdesk::CaWizardPage</name>
    <message>
        <source>The database is not open. Go back and choose it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database has no CA.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import an existing CA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep the existing CA &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CA signs every device certificate and the revocation list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the CA passphrase safe: without it no certificate can be issued and no revocation list signed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a ne&amp;w CA</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>certdesk::CertificatePanel</name>
    <message>
        <source>Issue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register the certificate information first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-issue this slot with the previous device, address and remarks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue a certificate in slot %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke the certificate in slot %1; the device can then no longer use the service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate in slot %1 was revoked. Publish the CRL on the CA &amp; revocation screen so that servers refuse the device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate information was registered. Certificates can now be issued.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The certificate information was deleted and %n certificate(s) were revoked. Publish the CRL on the CA &amp; revocation screen so that servers refuse the devices.</source>
        <translation>
            <numerusform>The certificate information was deleted and %n certificate was revoked. Publish the CRL on the CA &amp; revocation screen so that servers refuse the device.</numerusform>
            <numerusform>The certificate information was deleted and %n certificates were revoked. Publish the CRL on the CA &amp; revocation screen so that servers refuse the devices.</numerusform>
        </translation>
    </message>
    <message>
        <source>The certificate information was deleted. It can now be registered again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Furigana (family name):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Furigana (given name):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family name in English:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given name in English:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No user selected. Choose a user in the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate authentication: on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate authentication: off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered information cannot be changed. To change it, delete the information and register it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate information is not registered. Register it before issuing certificates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register information…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete information…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>A user can have up to %n certificate(s).</source>
        <translation>
            <numerusform>A user can have up to %n certificate.</numerusform>
            <numerusform>A user can have up to %n certificates.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>certdesk::ChangeFeed</name>
    <message>
        <source>The live view cannot reach the database %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The live view cannot listen to the database %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The live view lost the connection to the database %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer from the server</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>certdesk::ChangePasswordDialog</name>
    <message>
        <source>Change password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, your password was set by an administrator. Choose your own password before you continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the password of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Change password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>certdesk::CsvProblemTable</name>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) in %1 — nothing was issued.</source>
        <translation>
            <numerusform>%n problem in %1 — nothing was issued.</numerusform>
            <numerusform>%n problems in %1 — nothing was issued.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) in %1 — nothing was revoked.</source>
        <translation>
            <numerusform>%n problem in %1 — nothing was revoked.</numerusform>
            <numerusform>%n problems in %1 — nothing was revoked.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) in %1 — nothing was imported.</source>
        <translation>
            <numerusform>%n problem in %1 — nothing was imported.</numerusform>
            <numerusform>%n problems in %1 — nothing was imported.</numerusform>
        </translation>
    </message>
    <message>
        <source>Correct the file and choose it again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>certdesk::DashboardStrip</name>
    <message>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Awaiting download</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expiring within 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish CRL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish CRL now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign and publish a new certificate revocation list (asks for the CA passphrase when the CA is locked).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contracted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remaining</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contracted number of certificates (Settings → General). Issued counts the active certificates: not revoked and not expired. Issuing past the contracted number is refused.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>certdesk::DatabaseWizardPage</name>
    <message>
        <source>&quot;%1&quot; is a folder. Enter the path of a database file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder &quot;%1&quot; cannot be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database cannot be opened: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CertDesk databases (*.db);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where CertDesk keeps users, certificates and the operation history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A local file is right for one administrator&apos;s computer. Choose a PostgreSQL server when several administrators work on the same data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Local database file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;PostgreSQL server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password can be part of the address or come from the PGPASSWORD environment variable or the .pgpass file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unencrypted database connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue without encryption?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Root certificate of the PostgreSQL server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to %1. The connection is encrypted (TLS).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection failed: %1

PostgreSQL said: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: the connection to the database is not encrypted. Users, certificates and the history cross the network readable and changeable by anyone on the way. To fix it, turn on ssl in the server&apos;s postgresql.conf, accept this user only on &quot;hostssl&quot; lines in pg_hba.conf, and choose the TLS mode verify-full with the root certificate of the CA that signed the server&apos;s certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS &amp;mode:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disable — never encrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>allow — encrypted only when the server insists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>prefer — encrypted when the server offers it; the server is not checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>require — always encrypted; the server is not checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verify-ca — encrypted; the server&apos;s certificate is checked against the root certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verify-full — encrypted; the certificate and the host name are checked (recommended)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How CertDesk protects its connection to PostgreSQL (libpq&apos;s sslmode). Choose verify-full with the root certificate of the CA that signed the server&apos;s certificate: only then is the connection both encrypted and known to reach your server. Choosing a root certificate selects verify-full. Without one CertDesk uses prefer: encrypted when the server offers TLS, but an impostor on the network would not be noticed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Root certificate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PEM file of the CA that signed the server&apos;s certificate</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>certdesk::DevicePolicyTable</name>
    <message>
        <source>Device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PKCS#12 profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mail attachment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the certificate file to the user as a mail attachment</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>certdesk::FirstRunWizard</name>
    <message>
        <source>CertDesk — first start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Set up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>certdesk::HistoryModel</name>
    <message>
        <source>Date and time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notification address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IP address / host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User agent</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>certdesk::HistoryPage</name>
    <message>
        <source>Operation history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All operations</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n operation(s) from %1 to %2</source>
        <translation>
            <numerusform>%n operation from %1 to %2</numerusform>
            <numerusform>%n operations from %1 to %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n operation(s) on %1</source>
        <translation>
            <numerusform>%n operation on %1</numerusform>
            <numerusform>%n operations on %1</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt; Previous day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next day &gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history of the last month is shown day by day. Use a date range for older entries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>O&amp;peration:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Op&amp;erator:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exact operator name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Te&amp;xt:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User, device, address, remarks or details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yearly export:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export year…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save every operation of the chosen year as certificate-history-YYYY.csv.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the history of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting the history of %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %n operation(s) of %1 to %2.</source>
        <translation>
            <numerusform>Exported %n operation of %1 to %2.</numerusform>
            <numerusform>Exported %n operations of %1 to %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; cannot be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the hash chain and every checkpoint signed with the CA key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify with anchor file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anchor file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anchor files (*.txt *.anchor);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The anchor file &quot;%1&quot; cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verifying the history…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history is intact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history was tampered with: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also check every line of an anchor file (chain heads recorded outside the database, for example by a scheduled task).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n or more operation(s); counting all of them…</source>
        <translation>
            <numerusform>%n or more operation; counting all of them…</numerusform>
            <numerusform>%n or more operations; counting all of them…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n or more operation(s); the database could not count all of them.</source>
        <translation>
            <numerusform>%n or more operation; the database could not count all of them.</numerusform>
            <numerusform>%n or more operations; the database could not count all of them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>certdesk::IdentityDialog</name>
    <message>
        <source>Family name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Furigana (family name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Furigana (given name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family name in English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given name in English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register certificate information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete certificate information</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete the certificate information of %1?

This revokes all %n certificate(s) of %1; their devices can no longer use the service. The information can then be registered again.</source>
        <translation>
            <numerusform>Delete the certificate information of %1?

This revokes the %n certificate of %1; its device can no longer use the service. The information can then be registered again.</numerusform>
            <numerusform>Delete the certificate information of %1?

This revokes all %n certificates of %1; their devices can no longer use the service. The information can then be registered again.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete the certificate information of %1?

The user has no certificate in use. The information can then be registered again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate information of %1. The names go into the user&apos;s certificates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Family name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Given name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;urigana (family name):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fur&amp;igana (given name):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family name in &amp;English:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given name in Eng&amp;lish:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full-width katakana</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All six fields are required. Hiragana typed into the furigana fields becomes katakana.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The following information will be registered for %1. Check what you entered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered information cannot be changed. To change it, delete the information (this revokes all certificates of the user) and register it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Half-width letters, filled in from the furigana</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>certdesk::IssueDialog</name>
    <message>
        <source>%1 &lt;%2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The notification address is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passwords do not match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About this device: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PKCS#12 files (*.p12 *.pfx);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lowest free slot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-issue certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-issue slot %1 of %2. The device, address and remarks of the revoked certificate are filled in; change them if needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue a certificate for %1 in slot %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue a certificate for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate will be issued with these values. Check them, then choose Issue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set by you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generated automatically; shown once after issuing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate was issued to %1 in slot %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved yet. Suggested file name: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved to %1 (readable only by you).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A download request to %1 is queued.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A download request to %1 is queued, and the key password in a separate mail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied to the clipboard, which is cleared again after one minute. The password is shown only once; CertDesk keeps it only encrypted until the certificate is downloaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The generated key password is shown only now; CertDesk keeps it only encrypted, bound to this certificate, until delivery. Without it the certificate cannot be installed. Close without copying it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate authentication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the certificate authentication of %1 to &quot;Use&quot;?

The user can then no longer use the service from devices on which no certificate is installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate authentication of this user is now &quot;Use&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate authentication of this user is &quot;Don&apos;t use&quot;: the service does not ask for this certificate until it is changed to &quot;Use&quot; (here or on the Certificate authentication screen), usually once the certificate is installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate authentication of this user is &quot;Don&apos;t use&quot;: the service does not ask for this certificate until an administrator changes it to &quot;Use&quot; on the Certificate authentication screen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent — mail is not configured. Set it up in Settings → Mail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent — mail is not configured. An administrator sets it up in Settings → Mail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Mail: %n mail(s) queued to %1. CertDesk sends them in the background while it is open; Settings → Mail shows in the outbox whether each was sent.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mail: %n mail(s) queued to %1. CertDesk sends them in the background while it is open; an administrator sees in Settings → Mail whether each was sent.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>certdesk::LanguageWizardPage</name>
    <message>
        <source>Welcome to CertDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CertDesk issues, delivers and revokes the client certificates of your users&apos; devices.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the language of CertDesk on this computer. You can change it later in the settings.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>certdesk::LockScreen</name>
    <message>
        <source>CertDesk is locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CertDesk was locked because nobody used it for a while, and the CA key was forgotten. %1 can enter the password to continue where they were; anyone else signs out first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>certdesk::LostDeviceDialog</name>
    <message>
        <source>%1 (%2) — %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) — %3, %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt; (login ID %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the user&apos;s name, furigana or login ID, then press Enter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No user matches &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More than %1 users match; the first %1 are shown. Type more of the name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) found. Enter chooses the highlighted user; Down moves into the list.</source>
        <translation>
            <numerusform>%n user found. Enter chooses the highlighted user; Down moves into the list.</numerusform>
            <numerusform>%n users found. Enter chooses the highlighted user; Down moves into the list.</numerusform>
        </translation>
    </message>
    <message>
        <source>Lost device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name, furigana or login ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Revoke certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke now (Alt+R). Enter alone cancels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step 1 of 3: find the user who lost a device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step 2 of 3: choose the lost device of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step 3 of 3: revoke the certificate of the lost device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done: the certificate was revoked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no certificate that can be revoked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter chooses the highlighted device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate in slot %1 of %2 (%3, serial number %4) was revoked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slot %1, serial number %2, issued %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>certdesk::MailServerForm</name>
    <message>
        <source>SMTP server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sender address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sender name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply-to address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server CA file (PEM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None (unencrypted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STARTTLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS (implicit, e.g. port 465)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty: no authentication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notification mail sender address, e.g. certdesk@example.jp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: empty uses the system&apos;s certificate store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test mail recipient address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send test mail…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password is kept in the keychain of this computer, never in the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Saved %n setting(s).</source>
        <translation>
            <numerusform>Saved %n setting.</numerusform>
            <numerusform>Saved %n settings.</numerusform>
        </translation>
    </message>
    <message>
        <source>The password was not stored: no keychain is available in this session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password was not stored: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password stored in the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the address the test mail goes to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the SMTP server and the sender address first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CertDesk test mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a test mail from CertDesk. The mail server settings work.

Server: %1:%2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending a test mail to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The test mail was sent to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The test mail was not sent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrator address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: receives bulk issuance results and issuance failures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow password over an unencrypted connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: the password is sent to the mail server without encryption; anyone on the network path can read it. Prefer STARTTLS or TLS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without TLS, CertDesk does not send the password: mail is refused until you choose STARTTLS or TLS, or allow the password over an unencrypted connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keychain is available in this session: the password cannot be stored here. Store it from a desktop session in which the system keychain is available.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>certdesk::MailSettingsPanel</name>
    <message>
        <source>Mail server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>certdesk::MailTemplateEditor</name>
    <message>
        <source>Template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Placeholders (click to insert)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview with example values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset to default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The default text is back.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>certdesk::MainWindow</name>
    <message>
        <source>Database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA unlocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CertDesk — device certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lost device…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke the certificate of a lost device: find the user, choose the device, revoke (Ctrl+L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About CertDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The download portal could not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your password was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CertDesk — device certificates — %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Change password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in: %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not live: changes made elsewhere are not shown until the database connection is back (%1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>certdesk::NewPasswordFields</name>
    <message>
        <source>The two passwords differ. Type the same password twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat the new password:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>certdesk::OperatorDialog</name>
    <message>
        <source>Add operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new operator signs in with this password once and must then choose their own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database has no operators yet. Create the first administrator: from now on everyone signs in, and the administrator adds the others in Settings → Operators.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>certdesk::OperatorForm</name>
    <message>
        <source>Enter the operator&apos;s login name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Display name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 大塚 太郎 (optional)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>certdesk::OperatorsPanel</name>
    <message>
        <source>Locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The operator %1 was added. They must change the password at the first sign-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is now: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password of %1 was reset. They must change it at the next sign-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was unlocked and can sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disable operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disable the operator %1 (%2)?

They can no longer sign in. Their entries in the history are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was disabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone who uses CertDesk signs in as an operator. Administrators may do everything; helpdesk operators look up users and issue, revoke and resend certificates; auditors only view and export the history. After %1 wrong passwords in a row an operator is locked until an administrator unlocks it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Display name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add operator…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change &amp;role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reset password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Disable…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>certdesk::OutboxView</name>
    <message>
        <source>Queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next try</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel selected…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queued: %1 · Failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to send.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent %1 of %2 mail(s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mail %1 will be sent on the next run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel mail %1? It will not be sent; this cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mail %1 was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown — may have been sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CertDesk stopped while sending this mail, so it may or may not have arrived. It is not sent again on its own: ask the recipient, then resend or cancel it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>certdesk::PassphraseDialog</name>
    <message>
        <source>Unlock the CA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing needs the passphrase of the CA &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remember on this computer (OS keychain)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>certdesk::PortalServer</name>
    <message>
        <source>The TLS certificate or key file could not be read (%1, %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The TLS certificate or key is not a PEM certificate / unencrypted PEM key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The portal cannot listen on %1:%2 (in use, or not allowed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CertDesk portal listening on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OCSP is off: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CertDesk portal stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The OCSP signing certificate could not be renewed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scheduled CRL could not be published: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduled CRL number %1 published.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request is too large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address is too long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bad path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This request method is not allowed here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No certificate authority yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No CRL has been signed yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OCSP requests must be application/ocsp-request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The OCSP request is not valid base64.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The portal cannot reach the database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong login ID for a download link of %1 from %2 (%3 of %4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service is temporarily unavailable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without TLS the portal listens only on this computer (127.0.0.1): download links and .p12 files must not cross a network unencrypted. To listen on %1, give a TLS certificate and key file, or run certdesk-portal behind a web server with TLS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: plain HTTP on %1. Download links and .p12 files cross the network unencrypted unless a web server with TLS is in front.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OCSP for the earlier CA &quot;%1&quot; is off: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OCSP responder on for %1: signing certificate %2, valid until %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database has no certificate authority yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate authorities changed: reloading the OCSP signing certificates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OCSP tryLater, the portal cannot reach the database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OCSP: %1 answers in the last minute (%2 without signing again).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>certdesk::PortalServerBox</name>
    <message>
        <source>Run the download portal on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listen &amp;address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any free port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent requests and events:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download portal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download portal URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The download portal URL is not set, so issued certificates get no download link. Use %1?

Devices must be able to reach this address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Devices must reach this computer at the download portal URL. Without a TLS certificate the portal listens on this computer only (127.0.0.1); to serve other devices, give a TLS certificate and key (HTTPS) or run certdesk-portal behind a web server with TLS. It starts again with CertDesk until you stop it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>127.0.0.1 (this computer only); other addresses need TLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS &amp;certificate (PEM):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty: plain HTTP, this computer only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS &amp;key (PEM, unencrypted):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS private key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PEM files (*.pem *.crt *.key);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>certdesk::PortalService</name>
    <message>
        <source>Listening on %1; OCSP on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listening on %1; OCSP off: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not running: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IP address. Use 127.0.0.1 for this computer only, or 0.0.0.0 for every network (with a TLS certificate and key).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give both the TLS certificate file and its key file, or neither.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>certdesk::PortalSettingsPanel</name>
    <message>
        <source>Download portal URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download deadline (days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downloads allowed per certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CRL folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Command after publishing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CRL next update (days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CRL distribution point URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OCSP responder URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA issuers (AIA) URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download portal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate revocation list (CRL)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Addresses written into new certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://certs.example.jp — issued certificates get a download link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder your web server publishes (certdesk.crl and certdesk-crl.pem)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Publish CRL now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates already issued keep the addresses they were issued with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Saved %n setting(s).</source>
        <translation>
            <numerusform>Saved %n setting.</numerusform>
            <numerusform>Saved %n settings.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose the folder to publish the CRL to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional, for example: /usr/sbin/nginx -s reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer only: given when this program was started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CRL folder and the command are kept on this computer only, in %1 — not in the database. Every computer that publishes the CRL (a desktop, the download portal) has its own. The command runs without a shell, with a minimal environment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A CRL folder or command stored in the database by an older version is ignored.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>certdesk::ResetPasswordDialog</name>
    <message>
        <source>Reset password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set a new password for %1. Tell it to the operator in person; they must change it at the next sign-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reset password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>certdesk::RevocationCrlPanel</name>
    <message>
        <source>Publish CRL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>administrator: display name (login)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock the CA and publish the CRL…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asks for the CA passphrase, then signs and publishes a CRL that lists this revocation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The device is refused now by servers that check OCSP, and by servers that check the CRL after their next reload.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The device is refused now by servers that check OCSP. Servers that check only the certificate revocation list (CRL) still accept it until a CRL listing it is published.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Waiting for the portal to re-sign the CRL…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CRL was not re-signed on this computer: the CA is locked here. Waiting for the portal to re-sign the CRL…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The portal re-signed the CRL (number %1) at %2 — servers that check the CRL refuse the device after their next reload.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The CRL was not re-signed on this computer (the CA is locked here), and no portal re-signed it within %n second(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Ask an administrator to publish the CRL (Publish CRL now on the dashboard).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask an administrator to publish the CRL (Publish CRL now on the dashboard): %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you hold the CA passphrase, you can unlock the CA and publish it yourself.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>certdesk::RevokeDialog</name>
    <message>
        <source>Revoke certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Revoke certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke now (Alt+R). Enter alone cancels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate in slot %1 of %2 (%3, serial number %4) was revoked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1

%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This certificate (serial number %1) was revoked meanwhile by %2 at %3. There is nothing left to revoke; close this dialog.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This certificate (serial number %1) was revoked meanwhile by another operator. There is nothing left to revoke; close this dialog.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>certdesk::RevokeForm</name>
    <message>
        <source>When the certificate is revoked, the device with this certificate can no longer use the service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoking cannot be undone. The slot can be issued again afterwards, for example for a new device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slot:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serial number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remarks:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rea&amp;son:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;marks for the history (optional):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: lost on the train, reported by phone</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>certdesk::SelectionPage</name>
    <message>
        <source>Certificate authentication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export list…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save every user of the selected group with their setting and certificate counts as a CSV file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After changing the selection, press Apply. Users set to &quot;Use&quot; can no longer use the service from devices on which no certificate is installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select all users on this page:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select all &quot;Use&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select all &quot;Don&apos;t use&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt; Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next &gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default for new users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate authentication for newly created users:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Don&apos;t use</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Page %1 of %2, %n user(s)</source>
        <translation>
            <numerusform>Page %1 of %2, %n user</numerusform>
            <numerusform>Page %1 of %2, %n users</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) not applied yet.</source>
        <translation>
            <numerusform>%n change not applied yet.</numerusform>
            <numerusform>%n changes not applied yet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Change the certificate authentication setting of %n user(s)?

Users set to &quot;Use&quot; can no longer use the service from devices on which no certificate is installed.</source>
        <translation>
            <numerusform>Change the certificate authentication setting of %n user?

Users set to &quot;Use&quot; can no longer use the service from devices on which no certificate is installed.</numerusform>
            <numerusform>Change the certificate authentication setting of %n users?

Users set to &quot;Use&quot; can no longer use the service from devices on which no certificate is installed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved. The setting of %n user(s) was changed.</source>
        <translation>
            <numerusform>Saved. The setting of %n user was changed.</numerusform>
            <numerusform>Saved. The settings of %n users were changed.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the user list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %n user(s) to %1.</source>
        <translation>
            <numerusform>Exported %n user to %1.</numerusform>
            <numerusform>Exported %n users to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; cannot be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New users will use certificate authentication.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New users will not use certificate authentication.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search by name, furigana or login ID</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>certdesk::SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate validity (days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maximum certificates per user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download deadline (days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downloads allowed per certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CRL next update (days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CRL distribution point URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OCSP responder URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA issuers (AIA) URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download portal URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limits and delivery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revocation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Addresses written into certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compatible: imports on older macOS, iOS and Android. Modern: AES-256, for Windows 10 1709 and later. The validity applies to every device type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language changes immediately and is kept for this computer only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database in use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Saved %n setting(s).</source>
        <translation>
            <numerusform>Saved %n setting.</numerusform>
            <numerusform>Saved %n settings.</numerusform>
        </translation>
    </message>
    <message>
        <source>General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portal and CRL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock after idle time (minutes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contracted certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many active certificates (not revoked, not expired) the contract allows; issuing past it is refused. 0: no limit.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>certdesk::SignInDialog</name>
    <message>
        <source>Sign in — CertDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to CertDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>certdesk::SignInForm</name>
    <message>
        <source>&amp;Operator:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caps Lock seems to be on. Passwords are case-sensitive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passwords are case-sensitive: check Caps Lock.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>certdesk::SlotsModel</name>
    <message>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slot %1 is free.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This certificate has expired.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The download deadline has passed without a download.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serial number %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mail address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>certdesk::SummaryWizardPage</name>
    <message>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CertDesk is set up. Next, add users and issue their device certificates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA valid until: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256 fingerprint: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in as: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1. Add users one by one, or import them (with their certificates) from a CSV file.
2. Set up mail, so that users receive their download links and key passwords.
3. Start the download portal, where users download their certificates.
Finish opens the users screen; the buttons open the screen of each step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set up &amp;mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the &amp;portal</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>certdesk::UnfinishedJobsBox</name>
    <message>
        <source>Unfinished jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue the pending rows of the selected job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No bulk job has rows waiting to be issued.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These jobs were cancelled or interrupted; their rows wait to be issued.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>certdesk::UserCsvSection</name>
    <message>
        <source>Export users as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %n user(s) to %1.</source>
        <translation>
            <numerusform>Exported %n user to %1.</numerusform>
            <numerusform>Exported %n users to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose the user CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import %1: add %2 and update %3?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n user(s)</source>
        <translation>
            <numerusform>%n user</numerusform>
            <numerusform>%n users</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported %1: %2 added, %3 updated, %4 unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every user as a CSV file that Excel opens (columns: %1). Edit it and import it again to add or change users.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport users…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add and update users from a CSV file (UTF-8 or Shift_JIS; columns: %1; groups separated by &quot;;&quot;). New login IDs are added, existing users are updated. If any row has a problem, nothing is imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No file chosen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every user in the file is already registered with these values; there is nothing to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to add, %2 to update, %3 unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cho&amp;ose file…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>certdesk::UserDialog</name>
    <message>
        <source>The e-mail address is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit user %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Login ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-&amp;mail address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Display name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De&amp;partment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Groups:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mail l&amp;anguage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The login ID cannot be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The login ID when left empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Separate several groups with commas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Japanese</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>certdesk::UserSelectionModel</name>
    <message numerus="yes">
        <source>%n certificate(s)</source>
        <translation>
            <numerusform>%n certificate</numerusform>
            <numerusform>%n certificates</numerusform>
        </translation>
    </message>
    <message>
        <source>Changed; press Apply to save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Don&apos;t use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>certdesk::UsersEmptyState</name>
    <message>
        <source>No users yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next steps: add users one by one or import them from a CSV file, set up mail so that users receive their download links and key passwords, and start the download portal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An administrator adds the users. They appear here as soon as they are added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a user…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import users from a CSV file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set up mail…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the download portal…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>certdesk::UsersModel</name>
    <message numerus="yes">
        <source>%n certificate(s)</source>
        <translation>
            <numerusform>%n certificate</numerusform>
            <numerusform>%n certificates</numerusform>
        </translation>
    </message>
    <message>
        <source>A certificate of this user has passed its download deadline or validity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>certdesk::UsersPage</name>
    <message>
        <source>Users &amp; certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n user(s)</source>
        <translation>
            <numerusform>%n user</numerusform>
            <numerusform>%n users</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete the user %1?

This revokes all %n certificate(s) of the user; their devices can no longer use the service. The certificate information is deleted as well. The revoked certificates and the history are kept.</source>
        <translation>
            <numerusform>Delete the user %1?

This revokes the %n certificate of the user; its device can no longer use the service. The certificate information is deleted as well. The revoked certificates and the history are kept.</numerusform>
            <numerusform>Delete the user %1?

This revokes all %n certificates of the user; their devices can no longer use the service. The certificate information is deleted as well. The revoked certificates and the history are kept.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete the user %1?

The certificate information is deleted as well. Revoked certificates and the history are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search by name, furigana or login ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add user…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete user…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>certdesk::ZipExportSection</name>
    <message>
        <source>Export certificates as ZIP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ZIP files (*.zip)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export every certificate that is awaiting download as one ZIP file, to hand the devices&apos; certificates over yourself: one PKCS#12 file per certificate, the CA certificate (cacert.pem and cacert.crt) and %1 with the automatically generated key passwords.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n certificate(s) awaiting download.</source>
        <translation>
            <numerusform>%n certificate awaiting download.</numerusform>
            <numerusform>%n certificates awaiting download.</numerusform>
        </translation>
    </message>
    <message>
        <source>The ZIP file contains the certificates&apos; private keys and the passwords that open them. Anyone who has it can use the service as these users: save it only where no one else can read it, hand it over securely, and delete it afterwards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export ZIP…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported %1 and %2 to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n certificate(s)</source>
        <translation>
            <numerusform>%n certificate</numerusform>
            <numerusform>%n certificates</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n password(s)</source>
        <translation>
            <numerusform>%n password</numerusform>
            <numerusform>%n passwords</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n certificate(s) have a key password that was entered by hand or shown only once at issuance; it is not in the list.</source>
        <translation>
            <numerusform>%n certificate has a key password that was entered by hand or shown only once at issuance; it is not in the list.</numerusform>
            <numerusform>%n certificates have key passwords that were entered by hand or shown only once at issuance; they are not in the list.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>URL is sqlite:PATH or postgresql://USER@HOST:PORT/DB (default: $CERTDESK_DB).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CA passphrase comes from --passphrase-file, $CERTDESK_CA_PASSPHRASE, the OS keychain or a prompt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown global option %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs a subcommand: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: certdesk-cli [--db URL] [--operator NAME] [--operator-password-file F] [--json] [--passphrase-file F] [--lang ja|en] COMMAND ...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every command runs for a signed-in operator: --operator NAME (default: $CERTDESK_OPERATOR), the password from --operator-password-file, $CERTDESK_OPERATOR_PASSWORD or a prompt. Without a sign-in only help, version, init (which creates the first administrator) and operator bootstrap (the first administrator of a database made before operators existed) run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit codes: 0 ok, 1 failure, 2 usage, 3 not found, 4 invalid input, 5 conflict, 6 CA locked or wrong passphrase, 7 crypto, 8 database, 9 file, 10 cancelled, 11 not permitted (not signed in, wrong password, locked or disabled operator, or the role may not do this), 12 database unreachable or connection lost (nothing saved; try again).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
