<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja">
<context>
    <name>Actor</name>
    <message>
        <source>System</source>
        <translation>システム</translation>
    </message>
</context>
<context>
    <name>AeadKey</name>
    <message>
        <source>Could not create a random key.</source>
        <translation>ランダムな鍵を生成できませんでした。</translation>
    </message>
    <message>
        <source>The protected key is damaged.</source>
        <translation>保護された鍵が破損しています。</translation>
    </message>
    <message>
        <source>Could not encrypt the secret.</source>
        <translation>機密情報を暗号化できませんでした。</translation>
    </message>
    <message>
        <source>The protected secret is damaged.</source>
        <translation>保護された機密情報が破損しています。</translation>
    </message>
</context>
<context>
    <name>BulkCommands</name>
    <message>
        <source>, about %1 s left</source>
        <translation>、残り約 %1 秒</translation>
    </message>
    <message>
        <source>Issued %1 of %2 (%3 failed)%4</source>
        <translation>発行済み %1 / %2 件(失敗 %3 件)%4</translation>
    </message>
    <message>
        <source>Line %1 (%2): %3</source>
        <translation>%1 行目(%2): %3</translation>
    </message>
    <message>
        <source>Bulk job %1: issued %2, failed %3, remaining %4.</source>
        <translation>一括発行ジョブ %1: 発行 %2 件、失敗 %3 件、未処理 %4 件。</translation>
    </message>
    <message>
        <source>Finish it with: certdesk-cli bulk-issue --resume %1</source>
        <translation>残りを発行するには、次のコマンドを実行してください: certdesk-cli bulk-issue --resume %1</translation>
    </message>
    <message>
        <source>bulk-template needs --out FILE.</source>
        <translation>bulk-template には --out FILE を指定してください。</translation>
    </message>
    <message>
        <source>Wrote the bulk issuance form to %1.</source>
        <translation>証明書の一括発行の入力フォームを %1 に書き出しました。</translation>
    </message>
    <message>
        <source>--threads must be a number (0 = every core).</source>
        <translation>--threads には数値を指定してください(0 = すべてのコアを使用)。</translation>
    </message>
    <message>
        <source>Use bulk-issue --resume JOB (the job number) without a file.</source>
        <translation>ジョブを再開するには、ファイルを指定せずに bulk-issue --resume JOB(JOB はジョブ番号)を実行してください。</translation>
    </message>
    <message>
        <source>There is no bulk job %1.</source>
        <translation>一括発行ジョブ %1 はありません。</translation>
    </message>
    <message>
        <source>Resuming bulk job %1 (%2): %3 rows pending.</source>
        <translation>一括発行ジョブ %1(%2)を再開します(未処理 %3 行)。</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found; nothing was issued.</source>
        <translation>
            <numerusform>%n 件の問題が見つかりました。証明書は発行されていません。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2): certificates to issue: %3, new users: %4, certificate information to register: %5, rows skipped: %6.</source>
        <translation>%1(%2): 発行する証明書 %3 枚、新規ユーザー %4 人、登録する証明書情報 %5 件、スキップする行 %6 行。</translation>
    </message>
    <message>
        <source>Dry run: nothing was issued.</source>
        <translation>確認のみ(--dry-run): 証明書は発行されていません。</translation>
    </message>
    <message>
        <source>Accepted as bulk job %1.</source>
        <translation>一括発行ジョブ %1 として受け付けました。</translation>
    </message>
    <message>
        <source>%1  %2  %3  %4: issued %5, failed %6, pending %7</source>
        <translation>%1  %2  %3  %4: 発行 %5 件、失敗 %6 件、未処理 %7 件</translation>
    </message>
    <message>
        <source>bulk-jobs JOB takes the job number.</source>
        <translation>bulk-jobs の JOB にはジョブ番号を指定してください。</translation>
    </message>
    <message>
        <source>line %1  %2  %3  %4 %5</source>
        <translation>%1 行目  %2  %3  %4 %5</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>未処理</translation>
    </message>
    <message>
        <source>failed:</source>
        <translation>失敗:</translation>
    </message>
    <message>
        <source>Bulk job %1 (%2): issued %3, failed %4, pending %5.</source>
        <translation>一括発行ジョブ %1(%2): 発行 %3 件、失敗 %4 件、未処理 %5 件。</translation>
    </message>
</context>
<context>
    <name>BulkFiles</name>
    <message>
        <source>The file &quot;%1&quot; cannot be written: %2</source>
        <translation>ファイル「%1」に書き込めません: %2</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSVファイル (*.csv);;すべてのファイル (*)</translation>
    </message>
</context>
<context>
    <name>BulkIssueForm</name>
    <message>
        <source>Unknown column. Use the header of %1 (Japanese or English column names).</source>
        <translation>不明な列です。見出し行は %1 の見出し行(または英語の列名)と同じにしてください。</translation>
    </message>
    <message>
        <source>This column appears twice.</source>
        <translation>この列が重複しています。</translation>
    </message>
    <message>
        <source>The column is missing.</source>
        <translation>この列がありません。</translation>
    </message>
    <message>
        <source>Could not write the template: %1</source>
        <translation>入力フォームを書き込めませんでした: %1</translation>
    </message>
</context>
<context>
    <name>BulkIssueJob</name>
    <message>
        <source>The file has problems; nothing was accepted.</source>
        <translation>ファイルに問題があるため、受け付けませんでした。</translation>
    </message>
</context>
<context>
    <name>BulkIssueRunner</name>
    <message>
        <source>The user &quot;%1&quot; was deleted after the file was accepted.</source>
        <translation>ファイルの受付後に、ユーザー「%1」が削除されました。</translation>
    </message>
    <message>
        <source>The certificate information of &quot;%1&quot; was deleted after the file was accepted.</source>
        <translation>ファイルの受付後に、「%1」の証明書情報が削除されました。</translation>
    </message>
    <message>
        <source>There is no bulk job %1.</source>
        <translation>一括発行ジョブ %1 はありません。</translation>
    </message>
</context>
<context>
    <name>BulkIssueValidator</name>
    <message>
        <source>The key password must have 6 to 32 characters (it has %1).</source>
        <translation>秘密の鍵は6～32文字で入力してください(現在 %1 文字)。</translation>
    </message>
    <message>
        <source>The key password may only contain half-width letters, digits and symbols, without spaces.</source>
        <translation>秘密の鍵には半角英数字と記号のみ使用できます(スペースは使用できません)。</translation>
    </message>
    <message>
        <source>Differs from the registered certificate information (&quot;%1&quot;). Registered information cannot be changed here; leave the cell blank or write it as registered.</source>
        <translation>登録済みの証明書情報(「%1」)と異なります。登録済みの情報はここでは変更できません。空欄にするか、登録済みの内容と同じ値を入力してください。</translation>
    </message>
    <message>
        <source>This row has more cells than the header has columns.</source>
        <translation>この行のセルの数が、見出し行の列数より多くなっています。</translation>
    </message>
    <message>
        <source>This login ID is already on line %1. A file may issue one certificate per user.</source>
        <translation>このログインIDは %1 行目にもあります。1つのファイルで発行できる証明書は、1ユーザーにつき1枚です。</translation>
    </message>
    <message>
        <source>Mark one device column (Windows, iOS, Mac or Android).</source>
        <translation>デバイス(Windows、iOS、Mac、Android)のいずれか1つに「○」を付けてください。</translation>
    </message>
    <message>
        <source>Mark only one device; this row marks %1.</source>
        <translation>「○」を付けるデバイスは1つだけにしてください(この行では %1 個に付いています)。</translation>
    </message>
    <message>
        <source>Either mark %1 or write a key password, not both.</source>
        <translation>「%1」に「○」を付けるか秘密の鍵を入力するか、どちらか一方だけにしてください。</translation>
    </message>
    <message>
        <source>Mark %1 or write a key password.</source>
        <translation>「%1」に「○」を付けるか、秘密の鍵を入力してください。</translation>
    </message>
    <message>
        <source>Remarks may have at most 256 characters.</source>
        <translation>備考は256文字以内で入力してください。</translation>
    </message>
    <message>
        <source>No user has this login ID. Add the user first, or choose &quot;Create missing users&quot;.</source>
        <translation>このログインIDのユーザーは登録されていません。先にユーザーを追加するか、「未登録のユーザーを作成する」を選択してください。</translation>
    </message>
    <message>
        <source>A new user needs an e-mail address.</source>
        <translation>新規ユーザーにはメールアドレスが必要です。</translation>
    </message>
    <message>
        <source>At most 128 characters.</source>
        <translation>128文字以内で入力してください。</translation>
    </message>
    <message>
        <source>This user already has %1 certificates, the most a user may have. Revoke one first.</source>
        <translation>このユーザーには既に上限の %1 枚の証明書があります。先にいずれかを失効させてください。</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>ファイルが空です。</translation>
    </message>
    <message>
        <source>No row is marked in %1; there is nothing to issue.</source>
        <translation>「%1」列に「○」が付いた行がないため、発行する証明書はありません。</translation>
    </message>
</context>
<context>
    <name>BulkJobStore</name>
    <message>
        <source>The bulk job was not stored.</source>
        <translation>一括発行ジョブを保存できませんでした。</translation>
    </message>
</context>
<context>
    <name>BulkRevoke</name>
    <message>
        <source>Write one serial number or common name, or a login ID and a device, per line.</source>
        <translation>1行に1件ずつ、シリアル番号かコモンネーム、またはログインIDとデバイスを入力してください。</translation>
    </message>
    <message>
        <source>Unknown device. Write Windows, iOS(アプリ/ブラウザ), iOS(専用ブラウザ), Mac, Android or other.</source>
        <translation>不明なデバイスです。Windows、iOS(アプリ/ブラウザ)、iOS(専用ブラウザ)、Mac、Android、その他 のいずれかを入力してください。</translation>
    </message>
    <message>
        <source>This login ID has no certificate for this device that is not already revoked.</source>
        <translation>このログインIDには、このデバイス用の未失効の証明書がありません。</translation>
    </message>
    <message>
        <source>This certificate is already revoked.</source>
        <translation>この証明書は既に失効しています。</translation>
    </message>
    <message>
        <source>No certificate that is not already revoked has this serial number or common name.</source>
        <translation>このシリアル番号またはコモンネームの未失効の証明書はありません。</translation>
    </message>
    <message>
        <source>Certificate %1 is already named on line %2.</source>
        <translation>証明書 %1 は %2 行目でも指定されています。</translation>
    </message>
    <message>
        <source>The file names no certificate.</source>
        <translation>ファイルに証明書が1件も指定されていません。</translation>
    </message>
    <message>
        <source>The file has problems; nothing was revoked.</source>
        <translation>ファイルに問題があるため、失効処理は行われませんでした。</translation>
    </message>
    <message>
        <source>Certificate %1 (line %2) was revoked meanwhile; nothing was revoked. Check the file again.</source>
        <translation>証明書 %1(%2 行目)は処理中に失効されたため、失効処理は行われませんでした。ファイルをもう一度確認してください。</translation>
    </message>
</context>
<context>
    <name>BulkRevokeCommands</name>
    <message>
        <source>--reason must be lost, unspecified, affiliation-changed, superseded or cessation.</source>
        <translation>--reason には lost、unspecified、affiliation-changed、superseded、cessation のいずれかを指定してください。</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found; nothing was revoked.</source>
        <translation>
            <numerusform>%n 件の問題が見つかりました。失効処理は行われませんでした。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Revoke %n certificate(s) of %1 user(s)?</source>
        <translation>
            <numerusform>ユーザー %1 人の証明書 %n 枚を失効させますか?</numerusform>
        </translation>
    </message>
    <message>
        <source>line %1: %2 slot %3 %4 serial %5</source>
        <translation>%1 行目: %2 の枠 %3、%4、シリアル番号 %5</translation>
    </message>
    <message>
        <source>Dry run: nothing was revoked.</source>
        <translation>確認のみ(--dry-run): 失効処理は行われませんでした。</translation>
    </message>
    <message>
        <source>Those devices can no longer use the service. Add --yes to confirm.</source>
        <translation>失効させると、それらのデバイスからはサービスを利用できなくなります。実行する場合は --yes を付けてください。</translation>
    </message>
    <message numerus="yes">
        <source>Revoked %n certificate(s) of %1 user(s): %2.</source>
        <translation>
            <numerusform>ユーザー %1 人の証明書 %n 枚を失効させました(理由: %2)。</numerusform>
        </translation>
    </message>
    <message>
        <source>export-zip needs --out FILE.zip.</source>
        <translation>export-zip には --out FILE.zip を指定してください。</translation>
    </message>
    <message>
        <source>Wrote %1: %2 PKCS#12 files, cacert.pem, cacert.crt and %3 with %4 passwords. It contains private keys and their passwords: hand it over safely and delete it afterwards.</source>
        <translation>%1 を書き出しました(PKCS#12ファイル %2 件、cacert.pem、cacert.crt、秘密の鍵 %4 件を記載したパスワードリスト %3)。秘密鍵と、それを開くための秘密の鍵が含まれています。安全な方法で受け渡し、受け渡し後は削除してください。</translation>
    </message>
</context>
<context>
    <name>BulkRowCommit</name>
    <message>
        <source>The user &quot;%1&quot; was deleted after the file was accepted.</source>
        <translation>ファイルの受付後に、ユーザー「%1」が削除されました。</translation>
    </message>
    <message>
        <source>The certificate information of &quot;%1&quot; changed after the file was accepted.</source>
        <translation>ファイルの受付後に、「%1」の証明書情報が変更されました。</translation>
    </message>
    <message>
        <source>The certificate information of &quot;%1&quot; was deleted after the file was accepted.</source>
        <translation>ファイルの受付後に、「%1」の証明書情報が削除されました。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; already has %2 certificates, the most a user may have.</source>
        <translation>「%1」には既に上限の %2 枚の証明書があります。</translation>
    </message>
    <message>
        <source>The database rejected a statement</source>
        <translation>データベースが処理を拒否しました</translation>
    </message>
</context>
<context>
    <name>CaCommands</name>
    <message>
        <source>Subject:     %1</source>
        <translation>サブジェクト:  %1</translation>
    </message>
    <message>
        <source>Serial:      %1</source>
        <translation>シリアル番号:  %1</translation>
    </message>
    <message>
        <source>Key:         %1</source>
        <translation>鍵の種類:      %1</translation>
    </message>
    <message>
        <source>Valid:       %1 – %2</source>
        <translation>有効期間:      %1 – %2</translation>
    </message>
    <message>
        <source>SHA-256:     %1</source>
        <translation>SHA-256:       %1</translation>
    </message>
    <message>
        <source>CRL number:  %1</source>
        <translation>CRL番号:       %1</translation>
    </message>
    <message>
        <source>init needs --org NAME and --ca-name NAME.</source>
        <translation>init には --org NAME と --ca-name NAME を指定してください。</translation>
    </message>
    <message>
        <source>--key must be p384 or rsa3072.</source>
        <translation>--key には p384 または rsa3072 を指定してください。</translation>
    </message>
    <message>
        <source>--days must be a number.</source>
        <translation>--days には数値を指定してください。</translation>
    </message>
    <message>
        <source>This database already has a CA (%1). Use another database, or &quot;ca import&quot; to replace it.</source>
        <translation>このデータベースには既に認証局(CA)があります(%1)。別のデータベースを使用するか、置き換える場合は「ca import」を使用してください。</translation>
    </message>
    <message>
        <source>Created the CA &quot;%1&quot; for %2.</source>
        <translation>%2 の認証局(CA)「%1」を作成しました。</translation>
    </message>
    <message>
        <source>This database has no CA yet. Run &quot;init&quot; or &quot;ca import&quot;.</source>
        <translation>このデータベースにはまだ認証局(CA)がありません。「init」または「ca import」を実行してください。</translation>
    </message>
    <message>
        <source>Imported the CA.</source>
        <translation>認証局(CA)をインポートしました。</translation>
    </message>
    <message>
        <source>ca export-cert needs --out FILE.</source>
        <translation>ca export-cert には --out FILE を指定してください。</translation>
    </message>
    <message>
        <source>Wrote the CA certificate to %1.</source>
        <translation>CA証明書を %1 に書き出しました。</translation>
    </message>
    <message>
        <source>No CA.</source>
        <translation>認証局(CA)がありません。</translation>
    </message>
    <message>
        <source>The CA passphrase is now remembered in the keychain of this computer.</source>
        <translation>CAのパスフレーズをこのコンピューターのキーチェーンに記憶しました。</translation>
    </message>
    <message>
        <source>This database has no CA yet.</source>
        <translation>このデータベースにはまだ認証局(CA)がありません。</translation>
    </message>
    <message>
        <source>The CA passphrase was removed from the keychain of this computer.</source>
        <translation>CAのパスフレーズをこのコンピューターのキーチェーンから削除しました。</translation>
    </message>
    <message>
        <source>crl needs --out FILE.</source>
        <translation>crl には --out FILE を指定してください。</translation>
    </message>
    <message>
        <source>Wrote CRL number %1 with %2 revoked certificate(s) to %3; next update %4.</source>
        <translation>証明書失効リスト(CRL)番号 %1(失効した証明書 %2 枚)を %3 に書き出しました。次回更新は %4 です。</translation>
    </message>
    <message>
        <source>No certificate authority yet.</source>
        <translation>認証局(CA)がまだありません。</translation>
    </message>
    <message>
        <source>No CRL has been signed yet.</source>
        <translation>CRLはまだ署名されていません。</translation>
    </message>
    <message>
        <source>Current CRL: number %1, next update %2.</source>
        <translation>現在のCRL: 番号 %1、次回更新 %2。</translation>
    </message>
    <message>
        <source>Warning: a certificate was revoked after the current CRL was signed. Run certdesk-cli crl publish.</source>
        <translation>警告: 現在のCRLに署名した後に失効した証明書があります。certdesk-cli crl publish を実行してください。</translation>
    </message>
    <message>
        <source>Warning: the CRL&apos;s next update is within a day. Run certdesk-cli crl publish.</source>
        <translation>警告: CRLの次回更新日時まで1日を切っています。certdesk-cli crl publish を実行してください。</translation>
    </message>
    <message>
        <source>init needs --admin NAME and --admin-password-file FILE: the first administrator of the database.</source>
        <translation>init には --admin NAME と --admin-password-file FILE（データベースの最初の管理者）が必要です。</translation>
    </message>
    <message>
        <source>Created the administrator %1.</source>
        <translation>管理者 %1 を作成しました。</translation>
    </message>
    <message>
        <source>The first CRL was not signed: %1 Run &quot;certdesk-cli crl publish&quot;.</source>
        <translation>最初の CRL に署名できませんでした: %1 「certdesk-cli crl publish」を実行してください。</translation>
    </message>
    <message>
        <source>No CRL has been signed yet. Add --sign to sign one now (needs the CA passphrase).</source>
        <translation>CRL はまだ署名されていません。--sign を付けると今すぐ署名します（CA のパスフレーズが必要です）。</translation>
    </message>
    <message>
        <source>Warning: a certificate was revoked after this CRL was signed. Add --sign to sign a new one.</source>
        <translation>警告: この CRL の署名後に失効された証明書があります。--sign を付けると新しい CRL に署名します。</translation>
    </message>
</context>
<context>
    <name>CaStore</name>
    <message>
        <source>The CA was not stored.</source>
        <translation>認証局(CA)を保存できませんでした。</translation>
    </message>
    <message>
        <source>The CA was not found.</source>
        <translation>認証局(CA)が見つかりません。</translation>
    </message>
</context>
<context>
    <name>CaWorkflows</name>
    <message>
        <source>The CA passphrase must have at least 8 characters.</source>
        <translation>CAのパスフレーズは8文字以上にしてください。</translation>
    </message>
    <message>
        <source>The CA passphrase is too long (at most 1024 characters).</source>
        <translation>CAのパスフレーズが長すぎます(1024文字以内にしてください)。</translation>
    </message>
    <message>
        <source>The CA needs a name.</source>
        <translation>認証局(CA)の名前を入力してください。</translation>
    </message>
    <message>
        <source>The CA validity must be from 1 to 36500 days.</source>
        <translation>CAの有効期間は1～36500日の範囲で指定してください。</translation>
    </message>
</context>
<context>
    <name>CertStatus</name>
    <message>
        <source>Issuing</source>
        <translation>発行中</translation>
    </message>
    <message>
        <source>Awaiting download</source>
        <translation>ダウンロード待ち</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>運用中</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>失効</translation>
    </message>
</context>
<context>
    <name>Certificate</name>
    <message>
        <source>The certificate is damaged or not in DER format.</source>
        <translation>証明書が破損しているか、DER形式ではありません。</translation>
    </message>
    <message>
        <source>No valid certificate was found in the PEM data.</source>
        <translation>PEMデータに有効な証明書が見つかりません。</translation>
    </message>
    <message>
        <source>Out of memory.</source>
        <translation>メモリが不足しています。</translation>
    </message>
    <message>
        <source>No certificate was found in the PEM data.</source>
        <translation>PEMデータに証明書が見つかりません。</translation>
    </message>
    <message>
        <source>Certificate %1 in the PEM data is damaged.</source>
        <translation>PEMデータの %1 番目の証明書が破損しています。</translation>
    </message>
</context>
<context>
    <name>CertificateAuthority</name>
    <message>
        <source>The CA needs a common name.</source>
        <translation>CAのコモンネーム(CN)を入力してください。</translation>
    </message>
    <message>
        <source>The country must be a two-letter code such as JP.</source>
        <translation>国は JP のような2文字のコードで指定してください。</translation>
    </message>
    <message>
        <source>The CA validity must be between 1 day and 100 years.</source>
        <translation>CAの有効期間は1日～100年の範囲で指定してください。</translation>
    </message>
    <message>
        <source>The private key does not belong to the CA certificate.</source>
        <translation>秘密鍵がCA証明書と対応していません。</translation>
    </message>
    <message>
        <source>The certificate &quot;%1&quot; is not a CA certificate (basicConstraints CA:TRUE is missing).</source>
        <translation>証明書「%1」はCA証明書ではありません(basicConstraints CA:TRUE がありません)。</translation>
    </message>
    <message>
        <source>The CA certificate &quot;%1&quot; is not allowed to sign certificates (keyUsage keyCertSign is missing).</source>
        <translation>CA証明書「%1」には証明書に署名する権限がありません(keyUsage keyCertSign がありません)。</translation>
    </message>
    <message>
        <source>The PKCS#12 file does not contain a private key.</source>
        <translation>PKCS#12ファイルに秘密鍵が含まれていません。</translation>
    </message>
    <message>
        <source>The stored CA key does not belong to the CA certificate.</source>
        <translation>保存されているCAの秘密鍵がCA証明書と対応していません。</translation>
    </message>
</context>
<context>
    <name>CertificateCommands</name>
    <message>
        <source>Use either --password-file or --auto-password, not both.</source>
        <translation>--password-file と --auto-password は、どちらか一方だけを指定してください。</translation>
    </message>
    <message>
        <source>Issued slot %1 of %2 for %3: serial %4, %5, valid until %6.</source>
        <translation>%2 の枠 %1 に %3 用の証明書を発行しました(シリアル番号 %4、%5、有効期限 %6)。</translation>
    </message>
    <message>
        <source>Saved the PKCS#12 file to %1.</source>
        <translation>PKCS#12ファイルを %1 に保存しました。</translation>
    </message>
    <message>
        <source>Key password (shown only now): %1</source>
        <translation>秘密の鍵(今回のみ表示されます): %1</translation>
    </message>
    <message>
        <source>issue needs --device %1.</source>
        <translation>issue には --device %1 を指定してください。</translation>
    </message>
    <message>
        <source>reissue takes LOGIN:SLOT.</source>
        <translation>reissue には LOGIN:SLOT(ログインID:枠番号)を指定してください。</translation>
    </message>
    <message>
        <source>--reason must be lost, unspecified, affiliation-changed, superseded or cessation.</source>
        <translation>--reason には lost、unspecified、affiliation-changed、superseded、cessation のいずれかを指定してください。</translation>
    </message>
    <message>
        <source>Revoking %1&apos;s %2 certificate (slot %3) means that device can no longer use the service. Add --yes to confirm.</source>
        <translation>%1 の %2 の証明書(枠 %3)を失効させると、そのデバイスからはサービスを利用できなくなります。実行する場合は --yes を付けてください。</translation>
    </message>
    <message>
        <source>Revoked slot %1 of %2 (%3, serial %4): %5.</source>
        <translation>%2 の枠 %1 の証明書を失効させました(%3、シリアル番号 %4、理由: %5)。</translation>
    </message>
    <message>
        <source>Slot %1 of %2 is now %3.</source>
        <translation>%2 の枠 %1 は「%3」になりました。</translation>
    </message>
    <message>
        <source>%1 slot %2: %3, %4, serial %5, %6 – %7, subject %8</source>
        <translation>%1 の枠 %2: %3、%4、シリアル番号 %5、%6 – %7、サブジェクト %8</translation>
    </message>
    <message>
        <source>Download link (shown only now): %1</source>
        <translation>ダウンロードリンク(今回のみ表示されます): %1</translation>
    </message>
    <message>
        <source>--slot takes a slot number from 1, not &quot;%1&quot;.</source>
        <translation>--slot には 1 以上のスロット番号を指定してください（「%1」は使えません）。</translation>
    </message>
</context>
<context>
    <name>CertificateRef</name>
    <message>
        <source>&quot;%1&quot; is not LOGIN:SLOT with a slot number from 1.</source>
        <translation>「%1」は LOGIN:SLOT の形式(枠番号は1以上)ではありません。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither a serial number (hex) nor LOGIN:SLOT.</source>
        <translation>「%1」はシリアル番号(16進数)でも LOGIN:SLOT でもありません。</translation>
    </message>
    <message>
        <source>No certificate has the serial number %1.</source>
        <translation>シリアル番号 %1 の証明書はありません。</translation>
    </message>
    <message>
        <source>Slot %1 of &quot;%2&quot; holds no certificate.</source>
        <translation>「%2」の枠 %1 には証明書がありません。</translation>
    </message>
</context>
<context>
    <name>CertificateStore</name>
    <message>
        <source>The new certificate was not stored.</source>
        <translation>新しい証明書を保存できませんでした。</translation>
    </message>
</context>
<context>
    <name>CertificateWorkflows</name>
    <message>
        <source>Slot %1 of &quot;%2&quot; is still in use. Revoke its certificate before re-issuing.</source>
        <translation>「%2」の枠 %1 の証明書はまだ失効していません。再発行する前に失効させてください。</translation>
    </message>
    <message>
        <source>Unknown device type &quot;%1&quot;. Choose one of: %2.</source>
        <translation>デバイスの種類「%1」は不明です。次のいずれかを指定してください: %2</translation>
    </message>
    <message>
        <source>Remarks may have at most 256 characters.</source>
        <translation>備考は256文字以内で入力してください。</translation>
    </message>
    <message>
        <source>Register the certificate information of &quot;%1&quot; before issuing.</source>
        <translation>発行する前に「%1」の証明書情報を登録してください。</translation>
    </message>
    <message>
        <source>Slot %1 does not exist; a user has %2 slots.</source>
        <translation>枠 %1 はありません。ユーザーごとの枠は %2 個です。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; already has %2 certificates, the most a user may have. Revoke one first.</source>
        <translation>「%1」には既に上限の %2 枚の証明書があります。先にいずれかを失効させてください。</translation>
    </message>
    <message>
        <source>The user &quot;%1&quot; was deleted meanwhile.</source>
        <translation>ユーザー「%1」は処理中に削除されました。</translation>
    </message>
    <message>
        <source>Slot %1 of &quot;%2&quot; is in use.</source>
        <translation>「%2」の枠 %1 は既に使用されています。</translation>
    </message>
    <message>
        <source>Only a certificate awaiting download can be marked as delivered (this one is: %1).</source>
        <translation>受け渡し済みにできるのは「ダウンロード待ち」の証明書だけです(この証明書: %1)。</translation>
    </message>
    <message>
        <source>Remarks may not contain line breaks, tabs or other control characters.</source>
        <translation>備考に改行、タブなどの制御文字は使えません。</translation>
    </message>
</context>
<context>
    <name>CliArgs</name>
    <message>
        <source>The option --%1 takes no value.</source>
        <translation>オプション --%1 には値を指定できません。</translation>
    </message>
    <message>
        <source>The option --%1 needs a value.</source>
        <translation>オプション --%1 には値が必要です。</translation>
    </message>
    <message>
        <source>Unknown option --%1.</source>
        <translation>--%1 は不明なオプションです。</translation>
    </message>
    <message>
        <source>Missing arguments. Usage: %1</source>
        <translation>引数が足りません。使い方: %1</translation>
    </message>
    <message>
        <source>Too many arguments. Usage: %1</source>
        <translation>引数が多すぎます。使い方: %1</translation>
    </message>
</context>
<context>
    <name>CliCrl</name>
    <message>
        <source>CRL number %1 (%2 revoked) published to %3.</source>
        <translation>CRL番号 %1(失効した証明書 %2 枚)を %3 に公開しました。</translation>
    </message>
    <message>
        <source>CRL number %1 (%2 revoked) signed; the portal serves it at /crl.</source>
        <translation>CRL番号 %1(失効した証明書 %2 枚)に署名しました。ポータルの /crl で配信されます。</translation>
    </message>
    <message>
        <source>CRL number %1 (%2 revoked) of the replaced CA &quot;%3&quot; signed with its key.</source>
        <translation>置き換え前のCA「%3」のCRL番号 %1(失効 %2 件)を、そのCAの鍵で署名しました。</translation>
    </message>
</context>
<context>
    <name>CliEnv</name>
    <message>
        <source>No database given. Use --db sqlite:PATH or --db postgresql://USER@HOST:PORT/DB (or set CERTDESK_DB).</source>
        <translation>データベースが指定されていません。--db sqlite:PATH または --db postgresql://USER@HOST:PORT/DB を指定してください(環境変数 CERTDESK_DB でも指定できます)。</translation>
    </message>
    <message>
        <source>certdesk-cli: error: %1</source>
        <translation>certdesk-cli: エラー: %1</translation>
    </message>
    <message>
        <source>certdesk-cli: %1</source>
        <translation>certdesk-cli: %1</translation>
    </message>
    <message>
        <source>Run &quot;certdesk-cli help&quot; for the commands.</source>
        <translation>コマンドの一覧は「certdesk-cli help」で表示できます。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 を読み込めません: %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 に書き込めません: %2</translation>
    </message>
</context>
<context>
    <name>CliPassphrase</name>
    <message>
        <source>The CA passphrase is needed. Give it with --passphrase-file FILE or the environment variable CERTDESK_CA_PASSPHRASE.</source>
        <translation>CAのパスフレーズが必要です。--passphrase-file FILE または環境変数 CERTDESK_CA_PASSPHRASE で指定してください。</translation>
    </message>
    <message>
        <source>CA passphrase for %1: </source>
        <translation>%1 のCAパスフレーズ: </translation>
    </message>
    <message>
        <source>New CA passphrase (at least 8 characters): </source>
        <translation>新しいCAパスフレーズ(8文字以上): </translation>
    </message>
    <message>
        <source>The same passphrase again: </source>
        <translation>パスフレーズ(確認のため再入力): </translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>2回入力したパスフレーズが一致しません。</translation>
    </message>
    <message>
        <source>The CA is locked (no --passphrase-file, CERTDESK_CA_PASSPHRASE or remembered passphrase).</source>
        <translation>CAがロックされています(--passphrase-file、CERTDESK_CA_PASSPHRASE、記憶したパスフレーズのいずれもありません)。</translation>
    </message>
    <message>
        <source>Nothing was entered.</source>
        <translation>何も入力されませんでした。</translation>
    </message>
</context>
<context>
    <name>CliSignIn</name>
    <message>
        <source>This database has no operators yet. Create the first administrator: certdesk-cli operator bootstrap NAME --password-file FILE</source>
        <translation>このデータベースにはオペレーターがまだいません。最初の管理者を作成してください: certdesk-cli operator bootstrap NAME --password-file FILE</translation>
    </message>
    <message>
        <source>Password of operator %1: </source>
        <translation>オペレーター %1 のパスワード: </translation>
    </message>
    <message>
        <source>The password of operator %1 is needed. Give it with --operator-password-file FILE or the environment variable CERTDESK_OPERATOR_PASSWORD.</source>
        <translation>オペレーター %1 のパスワードが必要です。--operator-password-file FILE または環境変数 CERTDESK_OPERATOR_PASSWORD で指定してください。</translation>
    </message>
    <message>
        <source>Sign in first: give the operator with --operator NAME (or CERTDESK_OPERATOR) and the password with --operator-password-file FILE, CERTDESK_OPERATOR_PASSWORD or at the prompt.</source>
        <translation>先にログインしてください: オペレーターを --operator NAME（または CERTDESK_OPERATOR）で、パスワードを --operator-password-file FILE、CERTDESK_OPERATOR_PASSWORD またはプロンプトで指定します。</translation>
    </message>
    <message>
        <source>Operator %1 must change the password before anything else. Run: certdesk-cli passwd</source>
        <translation>オペレーター %1 は、ほかの操作の前にパスワードを変更する必要があります。実行: certdesk-cli passwd</translation>
    </message>
    <message>
        <source>This database already has operators. Sign in as an administrator with --operator instead of --admin.</source>
        <translation>このデータベースにはすでにオペレーターがいます。--admin ではなく --operator で管理者としてログインしてください。</translation>
    </message>
    <message>
        <source>Give the new password with --password-file FILE.</source>
        <translation>新しいパスワードを --password-file FILE で指定してください。</translation>
    </message>
    <message>
        <source>New password of operator %1: </source>
        <translation>オペレーター %1 の新しいパスワード: </translation>
    </message>
    <message>
        <source>The same password again: </source>
        <translation>確認のため同じパスワードをもう一度: </translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>2つのパスワードが一致しません。</translation>
    </message>
</context>
<context>
    <name>ClientCertificateSigner</name>
    <message>
        <source>Out of memory.</source>
        <translation>メモリが不足しています。</translation>
    </message>
    <message>
        <source>The CA is not unlocked.</source>
        <translation>認証局(CA)のロックが解除されていません。</translation>
    </message>
    <message>
        <source>There is no key to certify.</source>
        <translation>証明書に含める鍵がありません。</translation>
    </message>
    <message>
        <source>The CA certificate expired on %1; it cannot issue certificates.</source>
        <translation>CA証明書の有効期限が %1 に切れているため、証明書を発行できません。</translation>
    </message>
    <message>
        <source>The certificate needs a login ID for its common name.</source>
        <translation>証明書のコモンネーム(CN)にはログインIDが必要です。</translation>
    </message>
    <message>
        <source>The validity must be at least one day.</source>
        <translation>有効期間は1日以上にしてください。</translation>
    </message>
    <message>
        <source>The e-mail address &quot;%1&quot; cannot be put in a certificate.</source>
        <translation>メールアドレス「%1」は証明書に含めることができません。</translation>
    </message>
    <message>
        <source>The user principal name &quot;%1&quot; must look like user@domain.</source>
        <translation>ユーザープリンシパル名(UPN)「%1」は user@domain の形式で指定してください。</translation>
    </message>
    <message>
        <source>The URL &quot;%1&quot; is not a valid http, https or ldap URL (use percent-encoding for commas and non-ASCII characters).</source>
        <translation>URL「%1」は有効な http、https、ldap のURLではありません(カンマや非ASCII文字はパーセントエンコードしてください)。</translation>
    </message>
</context>
<context>
    <name>CrlBuilder</name>
    <message>
        <source>&quot;%1&quot; is not a certificate serial number.</source>
        <translation>「%1」は証明書のシリアル番号ではありません。</translation>
    </message>
    <message>
        <source>Out of memory.</source>
        <translation>メモリが不足しています。</translation>
    </message>
    <message>
        <source>The revocation of %1 has no date.</source>
        <translation>%1 の失効日時がありません。</translation>
    </message>
    <message>
        <source>Could not add a revoked certificate to the CRL.</source>
        <translation>失効した証明書をCRLに追加できませんでした。</translation>
    </message>
    <message>
        <source>Could not add the revocation reason to the CRL.</source>
        <translation>失効理由をCRLに追加できませんでした。</translation>
    </message>
    <message>
        <source>The CA is not unlocked.</source>
        <translation>認証局(CA)のロックが解除されていません。</translation>
    </message>
    <message>
        <source>The CRL number must not be negative.</source>
        <translation>CRL番号に負の値は指定できません。</translation>
    </message>
    <message>
        <source>The next CRL update must be after this update.</source>
        <translation>CRLの次回更新日時は、今回の更新日時より後にしてください。</translation>
    </message>
    <message>
        <source>Could not create the CRL.</source>
        <translation>CRLを作成できませんでした。</translation>
    </message>
    <message>
        <source>Could not add the CRL number.</source>
        <translation>CRL番号を追加できませんでした。</translation>
    </message>
    <message>
        <source>Could not add the authority key identifier to the CRL.</source>
        <translation>CRLに認証局鍵識別子(AKI)を追加できませんでした。</translation>
    </message>
    <message>
        <source>Could not sign the CRL.</source>
        <translation>CRLに署名できませんでした。</translation>
    </message>
    <message>
        <source>Could not encode the CRL.</source>
        <translation>CRLをエンコードできませんでした。</translation>
    </message>
</context>
<context>
    <name>CrlPublicationText</name>
    <message>
        <source>Servers that check the certificate revocation list (CRL) refuse the device once a new CRL is published (Publish CRL now on the dashboard or in Settings → Portal and CRL).</source>
        <translation>証明書失効リスト(CRL)を確認するサーバーは、新しいCRLが公開された時点でこのデバイスを拒否します(ダッシュボード、または「設定」→「ポータルとCRL」の「今すぐCRLを公開」で公開できます)。</translation>
    </message>
    <message>
        <source>CRL number %1 was signed (the download portal serves it), but: %2</source>
        <translation>CRL番号 %1 に署名しました(ダウンロードポータルで配信されます)。ただし、次の問題があります: %2</translation>
    </message>
    <message numerus="yes">
        <source>Published CRL number %1 with %n revoked certificate(s) to %2. Next update: %3.</source>
        <translation>
            <numerusform>CRL番号 %1(失効した証明書 %n 枚)を %2 に公開しました。次回更新は %3 です。</numerusform>
        </translation>
    </message>
    <message>
        <source>The publish command ran successfully.</source>
        <translation>公開後のコマンドを正常に実行しました。</translation>
    </message>
    <message numerus="yes">
        <source>Signed CRL number %1 with %n revoked certificate(s); the download portal serves it. No CRL folder is set, so no file was written.</source>
        <translation>
            <numerusform>CRL番号 %1(失効した証明書 %n 枚)に署名しました。ダウンロードポータルで配信されます。CRLの公開先フォルダーが設定されていないため、ファイルは書き出していません。</numerusform>
        </translation>
    </message>
    <message>
        <source>This database has no CA yet.</source>
        <translation>このデータベースにはまだ認証局(CA)がありません。</translation>
    </message>
    <message>
        <source>Current CRL: number %1, next update %2.</source>
        <translation>現在のCRL: 番号 %1、次回更新 %2。</translation>
    </message>
    <message>
        <source>No CRL yet.</source>
        <translation>CRLはまだありません。</translation>
    </message>
    <message>
        <source>A revocation is not in the CRL yet.</source>
        <translation>CRLに反映されていない失効があります。</translation>
    </message>
    <message>
        <source>A revocation is not in the CRL yet: servers that check only the CRL still accept that device.</source>
        <translation>CRLに反映されていない失効があります。CRLだけを確認するサーバーは、そのデバイスをまだ受け入れます。</translation>
    </message>
    <message>
        <source>The CRL expired at %1: servers that check it may refuse every device.</source>
        <translation>CRLの有効期限が %1 に切れています。CRLを確認するサーバーは、すべてのデバイスを拒否する可能性があります。</translation>
    </message>
    <message>
        <source>The CRL&apos;s next update is within a day (%1).</source>
        <translation>CRLの次回更新日時まで1日を切っています(%1)。</translation>
    </message>
</context>
<context>
    <name>CrlPublisher</name>
    <message>
        <source>Could not write the CRL to %1: %2</source>
        <translation>CRLを %1 に書き込めませんでした: %2</translation>
    </message>
    <message>
        <source>The CRL folder %1 does not exist and could not be created.</source>
        <translation>CRLの公開先フォルダー %1 が存在せず、作成もできませんでした。</translation>
    </message>
    <message>
        <source>Could not replace the CRL in %1: %2</source>
        <translation>%1 のCRLを置き換えられませんでした: %2</translation>
    </message>
    <message>
        <source>The CRL was not re-signed: %1</source>
        <translation>CRLは再署名されませんでした: %1</translation>
    </message>
    <message>
        <source>The CRL publish command &quot;%1&quot; could not be started: %2</source>
        <translation>CRL公開後のコマンド「%1」を開始できませんでした: %2</translation>
    </message>
    <message>
        <source>The CRL publish command &quot;%1&quot; did not finish within %2 seconds.</source>
        <translation>CRL公開後のコマンド「%1」が %2 秒以内に終了しませんでした。</translation>
    </message>
    <message>
        <source>The CRL publish command &quot;%1&quot; failed (exit status %2): %3</source>
        <translation>CRL公開後のコマンド「%1」が失敗しました(終了ステータス %2): %3</translation>
    </message>
    <message>
        <source>The CRL of the replaced CA &quot;%1&quot; was not re-signed: %2</source>
        <translation>置き換え前のCA「%1」のCRLは再署名されていません: %2</translation>
    </message>
    <message>
        <source>The CRL was not re-signed here: %1 Servers that use OCSP refuse the certificate already. A certdesk-portal that holds the CA passphrase re-signs and publishes the CRL within a second; without one, publish the CRL when the CA is unlocked.</source>
        <translation>この端末では CRL を再署名しませんでした: %1 OCSP で確認するサーバーは、この証明書をすでに拒否しています。CA のパスフレーズを持つ certdesk-portal が動いていれば、1 秒以内に CRL を再署名して公開します。動いていない場合は、CA のロックを解除してから CRL を公開してください。</translation>
    </message>
</context>
<context>
    <name>CrlStore</name>
    <message>
        <source>The CRL was not stored.</source>
        <translation>CRLを保存できませんでした。</translation>
    </message>
</context>
<context>
    <name>CryptoTypes</name>
    <message>
        <source>ECDSA P-256</source>
        <translation>ECDSA P-256</translation>
    </message>
    <message>
        <source>ECDSA P-384</source>
        <translation>ECDSA P-384</translation>
    </message>
    <message>
        <source>RSA 2048</source>
        <translation>RSA 2048</translation>
    </message>
    <message>
        <source>RSA 3072</source>
        <translation>RSA 3072</translation>
    </message>
    <message>
        <source>Compatible (3DES, SHA-1 MAC)</source>
        <translation>互換性重視(3DES、SHA-1 MAC)</translation>
    </message>
    <message>
        <source>Modern (AES-256, SHA-256 MAC)</source>
        <translation>最新方式(AES-256、SHA-256 MAC)</translation>
    </message>
    <message>
        <source>Unspecified</source>
        <translation>指定なし</translation>
    </message>
    <message>
        <source>Device lost (key compromise)</source>
        <translation>端末の紛失(鍵の危殆化)</translation>
    </message>
    <message>
        <source>Affiliation changed</source>
        <translation>所属の変更</translation>
    </message>
    <message>
        <source>Superseded</source>
        <translation>証明書の置き換え</translation>
    </message>
    <message>
        <source>Cessation of operation</source>
        <translation>利用の終了</translation>
    </message>
</context>
<context>
    <name>CsvCells</name>
    <message>
        <source>Leave the cell blank or mark it with ○ (also 〇, O, o or 1).</source>
        <translation>空欄にするか、「○」を入力してください(〇、O、o、1 も使用できます)。</translation>
    </message>
</context>
<context>
    <name>CsvFile</name>
    <message>
        <source>The file &quot;%1&quot; cannot be read: %2</source>
        <translation>ファイル「%1」を読み込めません: %2</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; is too large for a CSV file (more than 64 MB).</source>
        <translation>ファイル「%1」はCSVファイルとして大きすぎます（64 MBを超えています）。</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>The CSV file starts with a UTF-8 byte order mark but is not valid UTF-8 text.</source>
        <translation>CSVファイルはUTF-8のBOMで始まっていますが、正しいUTF-8のテキストではありません。</translation>
    </message>
    <message>
        <source>The CSV file is neither UTF-8 nor Shift_JIS text. Save it as CSV (UTF-8) or CSV (comma delimited) and try again.</source>
        <translation>CSVファイルがUTF-8でもShift_JISでもありません。「CSV UTF-8(コンマ区切り)」または「CSV(コンマ区切り)」形式で保存してから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>Line %1: a quoted field is not closed (missing &quot;).</source>
        <translation>%1 行目: 引用符(&quot;)で始まる項目が閉じられていません。</translation>
    </message>
    <message>
        <source>Line %1: unexpected text after the closing quote of a field.</source>
        <translation>%1 行目: 項目を閉じる引用符の後に余分な文字があります。</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The folder for the database does not exist: %1</source>
        <translation>データベースのフォルダーが存在しません: %1</translation>
    </message>
    <message>
        <source>The database file cannot be written: %1</source>
        <translation>データベースファイルに書き込めません: %1</translation>
    </message>
    <message>
        <source>The Qt SQL driver for %1 is not installed.</source>
        <translation>%1 用のQt SQLドライバーがインストールされていません。</translation>
    </message>
    <message>
        <source>Cannot open the database %1</source>
        <translation>データベース %1 を開けません</translation>
    </message>
    <message>
        <source>Cannot prepare the database %1</source>
        <translation>データベース %1 を準備できません</translation>
    </message>
    <message>
        <source>The database rejected a statement</source>
        <translation>データベースが処理を拒否しました</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The database rejected a schema change</source>
        <translation>データベースが構造の変更を拒否しました</translation>
    </message>
    <message>
        <source>The connection to the database was lost. Nothing was saved; try again when the database is reachable.</source>
        <translation>データベースとの接続が切れました。何も保存されていません。データベースに接続できるようになってから、もう一度実行してください。</translation>
    </message>
    <message>
        <source>The database %1 cannot be reached. Nothing was saved; try again when it is reachable.</source>
        <translation>データベース %1 に接続できません。何も保存されていません。接続できるようになってから、もう一度実行してください。</translation>
    </message>
    <message>
        <source>Someone else saved the same entry a moment ago, so nothing was saved. Look at the current state (the screens show it within a second) and try again if still needed. (%1)</source>
        <translation>ほかの人が同じ内容を直前に保存したため、何も保存されませんでした。現在の状態を確認し（画面は 1 秒以内に更新されます）、必要ならもう一度実行してください。（%1）</translation>
    </message>
</context>
<context>
    <name>DatabaseTls</name>
    <message>
        <source>The server&apos;s certificate does not name the host &quot;%1&quot;. Connect with a host name that the certificate lists (for example the one in its subject alternative names), or have the server&apos;s certificate reissued for this name.</source>
        <translation>サーバーの証明書にホスト名「%1」が含まれていません。証明書に記載されたホスト名（サブジェクト代替名など）で接続するか、この名前でサーバー証明書を再発行してください。</translation>
    </message>
    <message>
        <source>The root certificate file %1 does not exist.</source>
        <translation>ルート証明書ファイル %1 がありません。</translation>
    </message>
    <message>
        <source>The root certificate file %1 cannot be read or is not a PEM certificate.</source>
        <translation>ルート証明書ファイル %1 を読み込めないか、PEM 形式の証明書ではありません。</translation>
    </message>
    <message>
        <source>The server&apos;s certificate was not issued by the root certificate %1. Choose the CA certificate that signed the PostgreSQL server&apos;s certificate.</source>
        <translation>サーバーの証明書はルート証明書 %1 から発行されたものではありません。PostgreSQL サーバーの証明書に署名した CA の証明書を選んでください。</translation>
    </message>
    <message>
        <source>The server does not offer TLS. Turn on ssl in postgresql.conf, or choose a TLS mode that allows an unencrypted connection.</source>
        <translation>サーバーが TLS に対応していません。postgresql.conf で ssl を有効にするか、暗号化しない接続を許す TLS モードを選んでください。</translation>
    </message>
    <message>
        <source>The server accepts this user only over TLS. Choose the TLS mode &quot;verify-full&quot; (or at least &quot;require&quot;).</source>
        <translation>サーバーはこのユーザーを TLS 接続でのみ受け付けます。TLS モード「verify-full」（少なくとも「require」）を選んでください。</translation>
    </message>
</context>
<context>
    <name>DatabaseUrl</name>
    <message>
        <source>No database given. Use sqlite:PATH or postgresql://USER@HOST:PORT/DB.</source>
        <translation>データベースが指定されていません。sqlite:PATH または postgresql://USER@HOST:PORT/DB の形式で指定してください。</translation>
    </message>
    <message>
        <source>The SQLite database path is empty.</source>
        <translation>SQLiteデータベースのパスが指定されていません。</translation>
    </message>
    <message>
        <source>The PostgreSQL URL is not valid: %1</source>
        <translation>PostgreSQLのURLが正しくありません: %1</translation>
    </message>
    <message>
        <source>The PostgreSQL URL names no database: %1</source>
        <translation>PostgreSQLのURLにデータベース名がありません: %1</translation>
    </message>
    <message>
        <source>Unknown database URL &quot;%1&quot;. Use sqlite:PATH or postgresql://USER@HOST:PORT/DB.</source>
        <translation>データベースのURL「%1」を認識できません。sqlite:PATH または postgresql://USER@HOST:PORT/DB の形式で指定してください。</translation>
    </message>
    <message>
        <source>The PostgreSQL URL contains control characters: %1</source>
        <translation>PostgreSQL の URL に制御文字が含まれています: %1</translation>
    </message>
    <message>
        <source>The PostgreSQL URL has the unknown parameter &quot;%1&quot;. CertDesk understands sslmode, sslrootcert, sslcert and sslkey.</source>
        <translation>PostgreSQL の URL に不明なパラメーター「%1」があります。使えるのは sslmode、sslrootcert、sslcert、sslkey です。</translation>
    </message>
    <message>
        <source>The PostgreSQL URL gives the parameter %1 twice.</source>
        <translation>PostgreSQL の URL でパラメーター %1 が 2 回指定されています。</translation>
    </message>
    <message>
        <source>The parameter %1 in the PostgreSQL URL has no value.</source>
        <translation>PostgreSQL の URL のパラメーター %1 に値がありません。</translation>
    </message>
    <message>
        <source>The value of the parameter %1 in the PostgreSQL URL contains control characters.</source>
        <translation>PostgreSQL の URL のパラメーター %1 の値に制御文字が含まれています。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a TLS mode (sslmode). Use one of: %2.</source>
        <translation>「%1」は TLS モード（sslmode）ではありません。次のいずれかを指定してください: %2。</translation>
    </message>
    <message>
        <source>The file name in the parameter %1 contains &quot;;&quot;, which the PostgreSQL driver cannot pass on. Use a path without &quot;;&quot;.</source>
        <translation>パラメーター %1 のファイル名に「;」が含まれています。PostgreSQL ドライバーはこれを渡せないため、「;」を含まないパスを指定してください。</translation>
    </message>
</context>
<context>
    <name>DemoCommand</name>
    <message>
        <source>demo needs --users N.</source>
        <translation>demo には --users N を指定してください。</translation>
    </message>
    <message>
        <source>--users must be a whole number.</source>
        <translation>--users には整数を指定してください。</translation>
    </message>
    <message>
        <source>--certs-per-user and --history-per-user must be numbers of 0 or more.</source>
        <translation>--certs-per-user と --history-per-user には0以上の数値を指定してください。</translation>
    </message>
    <message>
        <source>--seed must be a whole number from 0 to 4294967295.</source>
        <translation>--seed には0～4294967295の整数を指定してください。</translation>
    </message>
    <message>
        <source>%1 %: %2</source>
        <translation>%1 %: %2</translation>
    </message>
    <message>
        <source>Created %1 demo users (%2 with certificate information, %3 using certificate authentication) in %4 s.</source>
        <translation>デモ用ユーザーを %1 人作成しました(証明書情報あり %2 人、証明書認証を利用する %3 人、所要時間 %4 秒)。</translation>
    </message>
    <message>
        <source>Certificates: %1 (issuing %2, awaiting download %3, in use %4, revoked %5); download deadline passed %6, expired %7.</source>
        <translation>証明書: %1 枚(発行中 %2、ダウンロード待ち %3、運用中 %4、失効 %5)。ダウンロード期限切れ %6 枚、有効期限切れ %7 枚。</translation>
    </message>
    <message>
        <source>History rows: %1.</source>
        <translation>操作履歴: %1 件。</translation>
    </message>
    <message>
        <source>%1 certificates awaiting download have a PKCS#12 file to deliver; their key password (shown only now): %2</source>
        <translation>ダウンロード待ちの証明書 %1 枚に配布用のPKCS#12ファイルがあります。秘密の鍵(今回のみ表示されます): %2</translation>
    </message>
    <message>
        <source>Demo operator %1 (%2), password (shown only now): %3</source>
        <translation>デモ用オペレーター %1（%2）、パスワード（今回のみ表示）: %3</translation>
    </message>
    <message>
        <source>Demo operator %1 (%2) existed already; its password was left as it was.</source>
        <translation>デモ用オペレーター %1（%2）は既に存在するため、パスワードは変更していません。</translation>
    </message>
</context>
<context>
    <name>DemoData</name>
    <message>
        <source>Demo data generation was cancelled. What was written so far stays.</source>
        <translation>デモデータの作成を中止しました。それまでに書き込んだデータは残ります。</translation>
    </message>
    <message>
        <source>Writing the operation history</source>
        <translation>操作履歴を書き込んでいます</translation>
    </message>
    <message>
        <source>The number of demo users must be from 1 to 1,000,000.</source>
        <translation>デモ用ユーザーの数は1～1,000,000の範囲で指定してください。</translation>
    </message>
    <message>
        <source>The certificates per user must be from 0 to 20.</source>
        <translation>ユーザーあたりの証明書の数は0～20の範囲で指定してください。</translation>
    </message>
    <message>
        <source>The history rows per user must be from 0 to 1,000.</source>
        <translation>ユーザーあたりの操作履歴の件数は0～1,000の範囲で指定してください。</translation>
    </message>
    <message>
        <source>The batch size, PKCS#12 count and thread count must not be negative.</source>
        <translation>バッチサイズ、PKCS#12の数、スレッド数に負の値は指定できません。</translation>
    </message>
    <message>
        <source>Creating users and signing certificates</source>
        <translation>ユーザーを作成し、証明書に署名しています</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>This database already holds %1 user(s) and %2 certificate(s) that are not demo data (demo users have e-mail addresses at %3). Demo data is only added to a new database or to one that holds demo data only.</source>
        <translation>このデータベースにはデモデータではないユーザーが%1人、証明書が%2件あります（デモのユーザーのメールアドレスは%3です）。デモデータは新しいデータベースか、デモデータだけのデータベースにのみ追加できます。</translation>
    </message>
</context>
<context>
    <name>DetachedSigner</name>
    <message>
        <source>This kind of CA key cannot sign the history.</source>
        <translation>この種類のCA鍵では操作履歴に署名できません。</translation>
    </message>
    <message>
        <source>Signing the history checkpoint failed.</source>
        <translation>操作履歴のチェックポイントへの署名に失敗しました。</translation>
    </message>
</context>
<context>
    <name>DeviceTypes</name>
    <message>
        <source>Windows</source>
        <translation>Windows</translation>
    </message>
    <message>
        <source>iOS/iPadOS (app/browser)</source>
        <translation>iOS/iPadOS(アプリ/ブラウザ)</translation>
    </message>
    <message>
        <source>iOS/iPadOS (dedicated browser)</source>
        <translation>iOS/iPadOS(専用ブラウザ)</translation>
    </message>
    <message>
        <source>Mac</source>
        <translation>Mac</translation>
    </message>
    <message>
        <source>Android</source>
        <translation>Android</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>その他</translation>
    </message>
    <message>
        <source>Windows 10 (1709 or later) and Windows 11 PCs. The certificate is installed by opening the .p12 file and following the certificate import wizard.</source>
        <translation>Windows 10(1709以降)および Windows 11 のPC。.p12ファイルを開き、証明書のインポート ウィザードに従ってインストールします。</translation>
    </message>
    <message>
        <source>iPhone and iPad, for the app and Safari. The certificate is installed as a profile from the download link or the mail attachment.</source>
        <translation>iPhone・iPad(アプリおよびSafari用)。ダウンロードリンクまたはメールの添付ファイルから、プロファイルとしてインストールします。</translation>
    </message>
    <message>
        <source>iPhone and iPad with the organisation&apos;s dedicated browser. The certificate is imported inside that browser.</source>
        <translation>組織の専用ブラウザを使用する iPhone・iPad。証明書はその専用ブラウザ内でインポートします。</translation>
    </message>
    <message>
        <source>macOS computers. The certificate is added to the login keychain by opening the .p12 file.</source>
        <translation>macOSのコンピューター。.p12ファイルを開くと、証明書がログインキーチェーンに追加されます。</translation>
    </message>
    <message>
        <source>Android smartphones and tablets. The certificate is installed from Settings &gt; Security &gt; Encryption &amp; credentials.</source>
        <translation>Androidのスマートフォン・タブレット。[設定] &gt; [セキュリティ] &gt; [暗号化と認証情報] から証明書をインストールします。</translation>
    </message>
    <message>
        <source>Any other device that can import a PKCS#12 (.p12) file.</source>
        <translation>PKCS#12(.p12)ファイルをインポートできるその他のデバイス。</translation>
    </message>
</context>
<context>
    <name>DownloadLink</name>
    <message>
        <source>Could not create a download link.</source>
        <translation>ダウンロードリンクを作成できませんでした。</translation>
    </message>
</context>
<context>
    <name>DownloadRequest</name>
    <message>
        <source>This download link does not exist.</source>
        <translation>このダウンロードリンクは存在しません。</translation>
    </message>
    <message>
        <source>This request method is not allowed here.</source>
        <translation>このリクエストメソッドは使用できません。</translation>
    </message>
    <message>
        <source>The form was not sent as a web form.</source>
        <translation>フォームが正しい形式で送信されませんでした。</translation>
    </message>
    <message>
        <source>The form is too large.</source>
        <translation>フォームのデータが大きすぎます。</translation>
    </message>
    <message>
        <source>The form has the login ID twice.</source>
        <translation>フォームにログインIDが2つ含まれています。</translation>
    </message>
    <message>
        <source>The login ID could not be read.</source>
        <translation>ログインIDを読み取れませんでした。</translation>
    </message>
    <message>
        <source>Enter your login ID.</source>
        <translation>ログインIDを入力してください。</translation>
    </message>
</context>
<context>
    <name>DownloadService</name>
    <message numerus="yes">
        <source>Download link locked after %n wrong login ID(s).</source>
        <translation>
            <numerusform>ログインIDの誤りが %n 回あったため、ダウンロードリンクをロックしました。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FilePermissions</name>
    <message>
        <source>Cannot create the file %1: %2</source>
        <translation>ファイル %1 を作成できません: %2</translation>
    </message>
    <message>
        <source>Cannot restrict the file %1 to its owner: %2</source>
        <translation>ファイル %1 を所有者だけが読み書きできるように制限できません: %2</translation>
    </message>
</context>
<context>
    <name>HistoryAudit</name>
    <message>
        <source>Line %1 of the anchor file (%2, %3 rows)</source>
        <translation>アンカーファイルの %1 行目(%2、%3 行)</translation>
    </message>
    <message>
        <source>Signed checkpoint %1 (%2, %3 rows)</source>
        <translation>署名済みチェックポイント %1(%2、%3 行)</translation>
    </message>
    <message>
        <source>%1 names a CA that is not in the database (%2): it was forged, or the CA was removed.</source>
        <translation>%1 はデータベースにないCA(%2)を指しています。偽造されたか、CAが削除されています。</translation>
    </message>
    <message>
        <source>CA %1</source>
        <translation>CA %1</translation>
    </message>
    <message>
        <source>%1 has no valid signature of the CA %2: it was forged or changed.</source>
        <translation>%1 にはCA %2 の有効な署名がありません。偽造または変更されています。</translation>
    </message>
    <message>
        <source>%1 covers more rows than the history has now (%2): rows were removed.</source>
        <translation>%1 は現在の操作履歴(%2 行)より多くの行を対象にしています。行が削除されています。</translation>
    </message>
    <message>
        <source>%1 does not match the history: rows %2 to %3 were changed, removed or re-chained after it was signed.</source>
        <translation>%1 が操作履歴と一致しません。署名後に %2 行目から %3 行目が変更、削除、またはハッシュチェーンの再計算をされています。</translation>
    </message>
    <message>
        <source>History: %1 row(s); the hash chain is intact.</source>
        <translation>操作履歴: %1 行。ハッシュチェーンは正常です。</translation>
    </message>
    <message>
        <source>History: %1 row(s); the hash chain is broken.</source>
        <translation>操作履歴: %1 行。ハッシュチェーンが壊れています。</translation>
    </message>
    <message>
        <source>Signed checkpoints checked: %1.</source>
        <translation>確認した署名済みチェックポイント: %1 件。</translation>
    </message>
    <message>
        <source>Anchor file lines checked: %1.</source>
        <translation>確認したアンカーファイルの行: %1 行。</translation>
    </message>
    <message>
        <source>Newest signed checkpoint: %1, covering %2 row(s), signed by the CA %3.</source>
        <translation>最新の署名済みチェックポイント: %1(%2 行まで、CA %3 が署名)。</translation>
    </message>
    <message>
        <source>%1 row(s) after the newest checkpoint are only hash-chained.</source>
        <translation>最新のチェックポイント以降の %1 行は、ハッシュチェーンでのみ保護されています。</translation>
    </message>
    <message>
        <source>No signed checkpoint holds: the whole history is only hash-chained.</source>
        <translation>有効な署名済みチェックポイントがありません。操作履歴全体がハッシュチェーンでのみ保護されています。</translation>
    </message>
</context>
<context>
    <name>HistoryCheckpointStore</name>
    <message>
        <source>The history checkpoint was not stored.</source>
        <translation>操作履歴のチェックポイントを保存できませんでした。</translation>
    </message>
    <message>
        <source>Line %1 of the anchor file is not an anchor line (time, rows, head hash, CA fingerprint and signature, separated by tabs).</source>
        <translation>アンカーファイルの %1 行目はアンカー行ではありません(時刻、行数、先頭ハッシュ、CAのフィンガープリント、署名をタブで区切った行が必要です)。</translation>
    </message>
</context>
<context>
    <name>HistoryCheckpoints</name>
    <message>
        <source>The operation history is damaged: its head row is missing.</source>
        <translation>操作履歴が破損しています。先頭の記録がありません。</translation>
    </message>
    <message>
        <source>The history is empty: there is nothing to sign yet.</source>
        <translation>操作履歴が空のため、まだ署名するものがありません。</translation>
    </message>
    <message>
        <source>The history checkpoint was not signed: %1</source>
        <translation>操作履歴のチェックポイントに署名できませんでした: %1</translation>
    </message>
</context>
<context>
    <name>HistoryCommands</name>
    <message>
        <source>--date must be YYYY-MM-DD.</source>
        <translation>--date は YYYY-MM-DD の形式で指定してください。</translation>
    </message>
    <message>
        <source>history export needs --year YYYY and --out FILE.</source>
        <translation>history export には --year YYYY と --out FILE を指定してください。</translation>
    </message>
    <message>
        <source>Only the last 5 years (%1–%2) can be exported.</source>
        <translation>出力できるのは過去5年分(%1～%2年)だけです。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 に書き込めません: %2</translation>
    </message>
    <message>
        <source>Exported %1 history row(s) of %2 to %3.</source>
        <translation>%2 年の操作履歴 %1 件を %3 に出力しました。</translation>
    </message>
    <message>
        <source>certdesk-cli: the history was tampered with: %1</source>
        <translation>certdesk-cli: 操作履歴が改ざんされています: %1</translation>
    </message>
    <message>
        <source>%1 = %2</source>
        <translation>%1 = %2</translation>
    </message>
    <message>
        <source>Cannot read the anchor file %1: %2</source>
        <translation>アンカーファイル %1 を読み込めません: %2</translation>
    </message>
    <message>
        <source>The anchor file %1 is larger than %2 MB.</source>
        <translation>アンカーファイル %1 が %2 MB を超えています。</translation>
    </message>
    <message>
        <source>The history is intact.</source>
        <translation>操作履歴は改ざんされていません。</translation>
    </message>
    <message>
        <source>history anchor needs --out FILE.</source>
        <translation>history anchor には --out FILE を指定してください。</translation>
    </message>
    <message>
        <source>Appended a signed anchor of %1 history row(s) to %2. Keep a copy on another system; check it with history verify --anchor.</source>
        <translation>操作履歴 %1 行分の署名付きアンカーを %2 に追記しました。別のシステムにコピーを保管し、history verify --anchor で確認してください。</translation>
    </message>
</context>
<context>
    <name>HistoryLog</name>
    <message>
        <source>The operation history is damaged: its head row is missing.</source>
        <translation>操作履歴が破損しています(管理用の先頭行がありません)。</translation>
    </message>
    <message>
        <source>Row %1 does not follow the row before it: a row was deleted or inserted.</source>
        <translation>%1 行目が直前の行とつながっていません。行が削除または挿入されています。</translation>
    </message>
    <message>
        <source>Row %1 was changed after it was written.</source>
        <translation>%1 行目は記録後に変更されています。</translation>
    </message>
    <message>
        <source>The newest rows of the history were deleted (%1 rows found).</source>
        <translation>操作履歴の最新の行が削除されています(残っている行: %1 件)。</translation>
    </message>
    <message>
        <source>Writing the history export failed.</source>
        <translation>操作履歴ファイルの書き込みに失敗しました。</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>日時</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>操作者名</translation>
    </message>
    <message>
        <source>Target user</source>
        <translation>対象ユーザー</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>デバイス</translation>
    </message>
    <message>
        <source>Notification address</source>
        <translation>通知先メールアドレス</translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation>備考</translation>
    </message>
    <message>
        <source>IP address / host</source>
        <translation>IPアドレス/ホスト</translation>
    </message>
    <message>
        <source>User agent</source>
        <translation>ユーザーエージェント</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>詳細</translation>
    </message>
</context>
<context>
    <name>IdentityWorkflows</name>
    <message>
        <source>Family name</source>
        <translation>氏名(姓)</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>氏名(名)</translation>
    </message>
    <message>
        <source>Furigana (family name)</source>
        <translation>氏名(姓)フリガナ</translation>
    </message>
    <message>
        <source>Furigana (given name)</source>
        <translation>氏名(名)フリガナ</translation>
    </message>
    <message>
        <source>Family name in English</source>
        <translation>氏名(姓)英語表記</translation>
    </message>
    <message>
        <source>Given name in English</source>
        <translation>氏名(名)英語表記</translation>
    </message>
    <message>
        <source>The certificate information of &quot;%1&quot; is already registered and cannot be changed. To change it, delete the information (this revokes the user&apos;s certificates) and register it again.</source>
        <translation>「%1」の証明書情報は登録済みのため変更できません。変更するには、証明書情報を削除してから(このユーザーの証明書はすべて失効します)、再度登録してください。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no registered certificate information.</source>
        <translation>「%1」の証明書情報は登録されていません。</translation>
    </message>
    <message>
        <source>%1 must not contain line breaks, tabs or other control or format characters.</source>
        <translation>%1 に改行、タブ、その他の制御文字や書式文字は使えません。</translation>
    </message>
</context>
<context>
    <name>IssueCrypto</name>
    <message>
        <source>Auto-generated passwords cannot be kept: no password key.</source>
        <translation>秘密の鍵(自動生成)を保管できません。秘密の鍵を保護するための鍵がありません。</translation>
    </message>
</context>
<context>
    <name>IssueDialogUi</name>
    <message>
        <source>Notification &amp;address:</source>
        <translation>通知先メールアドレス(&amp;A):</translation>
    </message>
    <message>
        <source>&amp;Device:</source>
        <translation>デバイス(&amp;D):</translation>
    </message>
    <message>
        <source>About this device…</source>
        <translation>このデバイスについて…</translation>
    </message>
    <message>
        <source>Key password</source>
        <translation>秘密の鍵の設定</translation>
    </message>
    <message>
        <source>&amp;Generate automatically</source>
        <translation>自動生成する(&amp;G)</translation>
    </message>
    <message>
        <source>A key password is generated for you. It is shown once after issuing; give it to the user separately from the certificate.</source>
        <translation>秘密の鍵が自動で生成されます。発行後に一度だけ表示されるので、証明書とは別の方法でユーザーに伝えてください。</translation>
    </message>
    <message>
        <source>&amp;Set it yourself</source>
        <translation>自分で設定する(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>秘密の鍵(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Confirm password:</source>
        <translation>秘密の鍵(確認)(&amp;C):</translation>
    </message>
    <message>
        <source>6 to 32 half-width letters and digits</source>
        <translation>6～32文字の半角英数字</translation>
    </message>
    <message>
        <source>The same password again</source>
        <translation>同じ秘密の鍵をもう一度入力</translation>
    </message>
    <message>
        <source>S&amp;how the password</source>
        <translation>秘密の鍵を表示する(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Remarks:</source>
        <translation>備考(&amp;R):</translation>
    </message>
    <message>
        <source>Optional, for example: laptop 1</source>
        <translation>任意(例: ノートPC 1)</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>ユーザー:</translation>
    </message>
    <message>
        <source>Slot:</source>
        <translation>枠:</translation>
    </message>
    <message>
        <source>Notification address:</source>
        <translation>通知先メールアドレス:</translation>
    </message>
    <message>
        <source>Device:</source>
        <translation>デバイス:</translation>
    </message>
    <message>
        <source>Key password:</source>
        <translation>秘密の鍵:</translation>
    </message>
    <message>
        <source>Remarks:</source>
        <translation>備考:</translation>
    </message>
    <message>
        <source>Mail:</source>
        <translation>メール:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>ステータス:</translation>
    </message>
    <message>
        <source>Serial number:</source>
        <translation>シリアル番号:</translation>
    </message>
    <message>
        <source>Valid until:</source>
        <translation>有効期限:</translation>
    </message>
    <message>
        <source>Download deadline:</source>
        <translation>ダウンロード期限:</translation>
    </message>
    <message>
        <source>Cop&amp;y</source>
        <translation>コピー(&amp;Y)</translation>
    </message>
    <message>
        <source>The key password is the one you set. It is not stored anywhere.</source>
        <translation>秘密の鍵は、設定した値です。どこにも保存されません。</translation>
    </message>
    <message>
        <source>Sa&amp;ve .p12…</source>
        <translation>.p12を保存(&amp;V)…</translation>
    </message>
    <message>
        <source>Mail: not sent — mail is not configured yet. Save the .p12 file and give it to the user yourself.</source>
        <translation>メール: 未送信 — メールがまだ設定されていません。.p12ファイルを保存して、ユーザーに直接渡してください。</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>戻る(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>次へ(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Issue</source>
        <translation>発行(&amp;I)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>This password is shown only once. CertDesk keeps it only encrypted (for the password mail and the ZIP export) until the certificate is downloaded. Give it to the user separately from the certificate, not in the same mail.</source>
        <translation>このパスワードが表示されるのは今回だけです。CertDeskは、証明書がダウンロードされるまで(パスワード通知メールとZIPエクスポートのため)暗号化した状態でのみ保持します。証明書とは別に、同じメールに含めずにユーザーへお知らせください。</translation>
    </message>
    <message>
        <source>Download link:</source>
        <translation>ダウンロードリンク:</translation>
    </message>
    <message>
        <source>Copy &amp;link</source>
        <translation>リンクをコピー(&amp;L)</translation>
    </message>
    <message>
        <source>This link is shown only once. The user opens it and enters their login ID to download the certificate, until the download deadline.</source>
        <translation>このリンクが表示されるのは今回だけです。ユーザーはダウンロード期限までにこのリンクを開き、ログインIDを入力して証明書をダウンロードします。</translation>
    </message>
    <message>
        <source>Open Settings → Mail…</source>
        <translation>「設定」→「メール」を開く…</translation>
    </message>
    <message>
        <source>Change to &quot;Use&quot;…</source>
        <translation>「利用する」に変更…</translation>
    </message>
</context>
<context>
    <name>Keychain</name>
    <message>
        <source>The system keychain cannot be used before the application has started.</source>
        <translation>アプリケーションの起動が完了するまで、システムのキーチェーンは使用できません。</translation>
    </message>
    <message numerus="yes">
        <source>The system keychain did not answer within %n seconds.</source>
        <translation>
            <numerusform>システムのキーチェーンから %n 秒以内に応答がありませんでした。</numerusform>
        </translation>
    </message>
    <message>
        <source>No secret is stored in the system keychain for this entry.</source>
        <translation>この項目の情報はシステムのキーチェーンに保存されていません。</translation>
    </message>
    <message>
        <source>Access to the system keychain was denied.</source>
        <translation>システムのキーチェーンへのアクセスが拒否されました。</translation>
    </message>
    <message>
        <source>No system keychain is available on this computer.</source>
        <translation>このコンピューターでは、システムのキーチェーンを利用できません。</translation>
    </message>
    <message>
        <source>The system keychain reported an error: %1</source>
        <translation>システムのキーチェーンでエラーが発生しました: %1</translation>
    </message>
</context>
<context>
    <name>LicenceCommand</name>
    <message>
        <source>Contracted: %1</source>
        <translation>契約数:         %1</translation>
    </message>
    <message>
        <source>no limit (licence.contracted = 0)</source>
        <translation>上限なし（licence.contracted = 0）</translation>
    </message>
    <message>
        <source>Issued:     %1 (active: not revoked, not expired)</source>
        <translation>発行数:         %1（有効なもの: 失効も期限切れもしていない証明書）</translation>
    </message>
    <message>
        <source>Remaining:  %1</source>
        <translation>追加発行可能数: %1</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>上限なし</translation>
    </message>
</context>
<context>
    <name>LicenceLimit</name>
    <message>
        <source>The licence allows %1 active certificates and %2 are issued: no more can be issued. Revoke a certificate that is no longer used, or raise the contracted number in Settings.</source>
        <translation>契約数は有効な証明書 %1 枚で、すでに %2 枚発行されているため、これ以上発行できません。使われなくなった証明書を失効するか、「設定」で契約数を増やしてください。</translation>
    </message>
    <message>
        <source>%1 certificates would be issued, but the licence allows only %2 more (%3 contracted, %4 issued). Revoke certificates that are no longer used, raise the contracted number in Settings, or issue fewer at once.</source>
        <translation>%1 枚の証明書を発行しようとしていますが、追加発行可能数は %2 枚です（契約数 %3、発行数 %4）。使われなくなった証明書を失効するか、「設定」で契約数を増やすか、一度に発行する枚数を減らしてください。</translation>
    </message>
</context>
<context>
    <name>MailCommands</name>
    <message>
        <source>--port must be a number.</source>
        <translation>--port には数値を指定してください。</translation>
    </message>
    <message>
        <source>--security must be none, starttls or tls.</source>
        <translation>--security には none、starttls、tls のいずれかを指定してください。</translation>
    </message>
    <message>
        <source>--password-file needs --user.</source>
        <translation>--password-file を指定する場合は、--user も指定してください。</translation>
    </message>
    <message>
        <source>Mail server: %1:%2 (%3), sender %4.</source>
        <translation>メールサーバー: %1:%2(%3)、送信者アドレス: %4</translation>
    </message>
    <message>
        <source>mail test needs --to ADDRESS.</source>
        <translation>mail test には --to ADDRESS を指定してください。</translation>
    </message>
    <message>
        <source>CertDesk test mail</source>
        <translation>CertDeskのテストメール</translation>
    </message>
    <message>
        <source>This is a test mail from CertDesk. The mail server %1 accepted it for %2.</source>
        <translation>CertDeskから送信したテストメールです。メールサーバー %1 が %2 宛てのメールとして受け付けました。</translation>
    </message>
    <message>
        <source>The mail server accepted the test mail to %1.</source>
        <translation>メールサーバーが %1 宛てのテストメールを受け付けました。</translation>
    </message>
    <message>
        <source>Mails tried: %1, sent: %2, to retry later: %3, given up: %4.</source>
        <translation>送信を試みたメール %1 件: 送信済み %2 件、再送待ち %3 件、送信失敗(再送なし)%4 件。</translation>
    </message>
    <message>
        <source>last error: %1</source>
        <translation>前回のエラー: %1</translation>
    </message>
    <message>
        <source>mail retry takes the mail number (see mail outbox).</source>
        <translation>mail retry にはメール番号を指定してください(メール番号は mail outbox で確認できます)。</translation>
    </message>
    <message>
        <source>Mail %1 will be sent at the next try.</source>
        <translation>メール %1 は次回の送信処理で送信されます。</translation>
    </message>
    <message>
        <source>mail cancel takes the mail number (see mail outbox).</source>
        <translation>mail cancel にはメール番号を指定してください(メール番号は mail outbox で確認できます)。</translation>
    </message>
    <message>
        <source>Mail %1 was cancelled.</source>
        <translation>メール %1 の送信を取り消しました。</translation>
    </message>
    <message>
        <source>remind needs --within DAYS (1 to 365).</source>
        <translation>remind には --within DAYS(1～365)を指定してください。</translation>
    </message>
    <message numerus="yes">
        <source>Queued %n expiry reminder(s) for certificates expiring within %1 days; send them with certdesk-cli mail send-pending.</source>
        <translation>
            <numerusform>有効期限が %1 日以内の証明書について、有効期限のお知らせ %n 件を送信キューに追加しました。certdesk-cli mail send-pending で送信してください。</numerusform>
        </translation>
    </message>
    <message>
        <source>--allow-plain-auth must be yes or no.</source>
        <translation>--allow-plain-auth には yes または no を指定してください。</translation>
    </message>
    <message>
        <source>Warning: the password of %1 goes to the mail server without encryption.</source>
        <translation>警告: %1 のパスワードは暗号化されずにメールサーバーへ送られます。</translation>
    </message>
    <message>
        <source>The mail server is reached without TLS: CertDesk will not send the password of %1 there. Choose --security starttls or tls, or allow it with --allow-plain-auth yes.</source>
        <translation>メールサーバーへの接続にTLSを使用しないため、CertDeskは %1 のパスワードを送信しません。--security starttls または tls を指定するか、--allow-plain-auth yes で許可してください。</translation>
    </message>
    <message>
        <source>unknown (may have been sent)</source>
        <translation>不明(送信済みの可能性あり)</translation>
    </message>
</context>
<context>
    <name>MailConfig</name>
    <message>
        <source>Enter the mail server&apos;s host name.</source>
        <translation>メールサーバーのホスト名を入力してください。</translation>
    </message>
    <message>
        <source>Enter the sender address of notification mails.</source>
        <translation>通知メールの送信者アドレスを入力してください。</translation>
    </message>
    <message>
        <source>The SMTP password is not available: no keychain on this session. Store it with &quot;certdesk-cli mail configure --password-file&quot; in a desktop session, or set CERTDESK_SMTP_PASSWORD.</source>
        <translation>SMTPパスワードを取得できません。このセッションではキーチェーンを利用できません。デスクトップのセッションで「certdesk-cli mail configure --password-file」を実行して保存するか、環境変数 CERTDESK_SMTP_PASSWORD を設定してください。</translation>
    </message>
    <message>
        <source>Mail is not configured: set the mail server and the sender address with certdesk-cli mail configure.</source>
        <translation>メールが設定されていません。certdesk-cli mail configure でメールサーバーと送信者アドレスを設定してください。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid e-mail address.</source>
        <translation>「%1」は有効なメールアドレスではありません。</translation>
    </message>
    <message>
        <source>The SMTP password for %1 on %2 is not stored in the keychain. Store it with certdesk-cli mail configure --password-file.</source>
        <translation>%2 の %1 のSMTPパスワードがキーチェーンに保存されていません。certdesk-cli mail configure --password-file で保存してください。</translation>
    </message>
    <message>
        <source>The SMTP password needs the server and the user name.</source>
        <translation>SMTPパスワードを保存するには、サーバーとユーザー名が必要です。</translation>
    </message>
</context>
<context>
    <name>MailQueue</name>
    <message>
        <source>The number of days must be from 1 to 365.</source>
        <translation>日数は1～365の範囲で指定してください。</translation>
    </message>
</context>
<context>
    <name>MailTemplates</name>
    <message>
        <source>Download request</source>
        <translation>証明書ダウンロード依頼</translation>
    </message>
    <message>
        <source>Certificate password</source>
        <translation>証明書パスワード</translation>
    </message>
    <message>
        <source>Bulk issuance accepted</source>
        <translation>証明書一括発行の受付</translation>
    </message>
    <message>
        <source>Bulk issuance rejected</source>
        <translation>証明書一括発行の受付不可</translation>
    </message>
    <message>
        <source>Issuance failed</source>
        <translation>証明書の発行失敗</translation>
    </message>
    <message>
        <source>Expiry reminder</source>
        <translation>有効期限のお知らせ</translation>
    </message>
    <message>
        <source>To the user&apos;s notification address after a certificate is issued: how to download it.</source>
        <translation>証明書の発行後、ユーザーの通知先メールアドレスに送信します。証明書のダウンロード方法を案内します。</translation>
    </message>
    <message>
        <source>To the user, separately, when the certificate password was generated: only the password.</source>
        <translation>秘密の鍵を自動生成したときに、ダウンロード依頼とは別のメールでユーザーに送信します。記載するのは秘密の鍵のみです。</translation>
    </message>
    <message>
        <source>To the administrator when a bulk issuance file has been checked and accepted.</source>
        <translation>一括発行ファイルを確認して受け付けたときに、管理者に送信します。</translation>
    </message>
    <message>
        <source>To the administrator when a bulk issuance file was refused, with every problem.</source>
        <translation>一括発行ファイルを受け付けられなかったときに、すべての問題点を記載して管理者に送信します。</translation>
    </message>
    <message>
        <source>To the administrator when a certificate could not be issued.</source>
        <translation>証明書を発行できなかったときに、管理者に送信します。</translation>
    </message>
    <message>
        <source>To the user when a certificate is about to expire.</source>
        <translation>証明書の有効期限が近づいたときに、ユーザーに送信します。</translation>
    </message>
    <message>
        <source>Organisation name</source>
        <translation>組織名</translation>
    </message>
    <message>
        <source>User&apos;s name</source>
        <translation>ユーザーの氏名</translation>
    </message>
    <message>
        <source>Login ID</source>
        <translation>ログインID</translation>
    </message>
    <message>
        <source>Device type</source>
        <translation>デバイスの種類</translation>
    </message>
    <message>
        <source>Download address of the certificate</source>
        <translation>証明書のダウンロードURL</translation>
    </message>
    <message>
        <source>Download deadline</source>
        <translation>ダウンロード期限</translation>
    </message>
    <message>
        <source>Certificate password (only in the certificate password mail)</source>
        <translation>秘密の鍵(証明書パスワードのメールでのみ使用可)</translation>
    </message>
    <message>
        <source>Name of the bulk issuance file</source>
        <translation>一括発行ファイルの名前</translation>
    </message>
    <message>
        <source>Number of certificates to issue</source>
        <translation>発行する証明書の枚数</translation>
    </message>
    <message>
        <source>Problems found in the file, one per line</source>
        <translation>ファイルで見つかった問題点(1行に1件)</translation>
    </message>
    <message>
        <source>Why the issuance failed</source>
        <translation>発行に失敗した理由</translation>
    </message>
    <message>
        <source>Expiry date of the certificate</source>
        <translation>証明書の有効期限</translation>
    </message>
    <message>
        <source>The subject must not be empty.</source>
        <translation>件名を入力してください。</translation>
    </message>
    <message>
        <source>The subject must be a single line.</source>
        <translation>件名は1行で入力してください。</translation>
    </message>
    <message>
        <source>{key_password} may only be used in the certificate password mail, not in &quot;%1&quot;.</source>
        <translation>{key_password} は証明書パスワードのメールでのみ使用できます(「%1」では使用できません)。</translation>
    </message>
    <message>
        <source>{key_password} must not appear in the subject.</source>
        <translation>{key_password} は件名に使用できません。</translation>
    </message>
    <message>
        <source>Unknown placeholder %1 in &quot;%2&quot;. Allowed placeholders: %3.</source>
        <translation>「%2」に不明な差し込み項目 %1 があります。使用できる差し込み項目: %3</translation>
    </message>
    <message>
        <source>Unknown placeholders %1 in &quot;%2&quot;. Allowed placeholders: %3.</source>
        <translation>「%2」に不明な差し込み項目 %1 があります。使用できる差し込み項目: %3</translation>
    </message>
    <message>
        <source>The body of &quot;%1&quot; must contain %2.</source>
        <translation>「%1」の本文には %2 を含めてください。</translation>
    </message>
    <message>
        <source>Unknown mail language &quot;%1&quot; (ja or en).</source>
        <translation>メールの言語「%1」は不明です(ja または en を指定してください)。</translation>
    </message>
    <message>
        <source>Unknown mail template setting &quot;%1&quot;.</source>
        <translation>メールテンプレートの設定項目「%1」は不明です。</translation>
    </message>
</context>
<context>
    <name>Migrations</name>
    <message>
        <source>Updating the database to version %1 failed: %2</source>
        <translation>データベースをバージョン %1 に更新できませんでした: %2</translation>
    </message>
    <message>
        <source>This database was created by a newer CertDesk (schema %1). Please update CertDesk.</source>
        <translation>このデータベースは新しいバージョンのCertDesk(スキーマ %1)で作成されています。CertDeskを更新してください。</translation>
    </message>
    <message>
        <source>This database must first be updated by its owner (schema %1, this CertDesk needs %2): run certdesk-cli init as the database owner.</source>
        <translation>このデータベースは先に所有者が更新する必要があります（スキーマ %1、この CertDesk には %2 が必要）。データベースの所有者として certdesk-cli init を実行してください。</translation>
    </message>
</context>
<context>
    <name>NameRules</name>
    <message>
        <source>%1 is required.</source>
        <translation>%1を入力してください。</translation>
    </message>
    <message numerus="yes">
        <source>%1 must be at most %n characters long.</source>
        <translation>
            <numerusform>%1は %n 文字以内で入力してください。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 must be written in full-width katakana.</source>
        <translation>%1は全角カタカナで入力してください。</translation>
    </message>
    <message>
        <source>%1 must be written in half-width English letters (spaces, hyphens and apostrophes only between letters).</source>
        <translation>%1は半角英字で入力してください(スペース、ハイフン、アポストロフィは文字と文字の間にのみ使用できます)。</translation>
    </message>
    <message>
        <source>%1 must not contain control characters or line breaks.</source>
        <translation>%1に制御文字や改行は使用できません。</translation>
    </message>
</context>
<context>
    <name>OcspSigner</name>
    <message>
        <source>The CA is not unlocked.</source>
        <translation>認証局(CA)のロックが解除されていません。</translation>
    </message>
    <message>
        <source>The validity must be at least one day.</source>
        <translation>有効期間は1日以上にしてください。</translation>
    </message>
    <message>
        <source>The validity period is empty.</source>
        <translation>有効期間が正しくありません。</translation>
    </message>
    <message>
        <source>The CA certificate expired on %1; it cannot issue an OCSP signing certificate.</source>
        <translation>CA証明書の有効期限が %1 に切れているため、OCSP署名用の証明書を発行できません。</translation>
    </message>
</context>
<context>
    <name>Op</name>
    <message>
        <source>Issue</source>
        <translation>発行</translation>
    </message>
    <message>
        <source>Re-issue</source>
        <translation>再発行</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>失効</translation>
    </message>
    <message>
        <source>Marked delivered</source>
        <translation>受け渡し済み</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>ダウンロード</translation>
    </message>
    <message>
        <source>Notify</source>
        <translation>通知</translation>
    </message>
    <message>
        <source>Failure</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>Register information</source>
        <translation>情報登録</translation>
    </message>
    <message>
        <source>Delete information</source>
        <translation>情報削除</translation>
    </message>
    <message>
        <source>Add user</source>
        <translation>ユーザー追加</translation>
    </message>
    <message>
        <source>Edit user</source>
        <translation>ユーザー編集</translation>
    </message>
    <message>
        <source>Delete user</source>
        <translation>ユーザー削除</translation>
    </message>
    <message>
        <source>Certificate authentication on</source>
        <translation>証明書認証: 利用する</translation>
    </message>
    <message>
        <source>Certificate authentication off</source>
        <translation>証明書認証: 利用しない</translation>
    </message>
    <message>
        <source>Bulk accepted</source>
        <translation>一括処理受付</translation>
    </message>
    <message>
        <source>Bulk rejected</source>
        <translation>一括処理エラー</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>ファイル出力</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>ログイン</translation>
    </message>
    <message>
        <source>Login failed</source>
        <translation>ログイン失敗</translation>
    </message>
    <message>
        <source>Settings changed</source>
        <translation>設定変更</translation>
    </message>
    <message>
        <source>CA created</source>
        <translation>CA作成</translation>
    </message>
    <message>
        <source>CA imported</source>
        <translation>CAインポート</translation>
    </message>
    <message>
        <source>CRL published</source>
        <translation>CRL公開</translation>
    </message>
    <message>
        <source>Import users</source>
        <translation>ユーザー一括登録</translation>
    </message>
    <message>
        <source>Mail retry</source>
        <translation>メール再送</translation>
    </message>
    <message>
        <source>Mail cancelled</source>
        <translation>メール送信取消</translation>
    </message>
    <message>
        <source>Expiry reminder queued</source>
        <translation>有効期限のお知らせ登録</translation>
    </message>
    <message>
        <source>Sign-out</source>
        <translation>ログアウト</translation>
    </message>
    <message>
        <source>Operator locked</source>
        <translation>アカウントロック</translation>
    </message>
    <message>
        <source>Operator unlocked</source>
        <translation>ロック解除</translation>
    </message>
    <message>
        <source>Password changed</source>
        <translation>パスワード変更</translation>
    </message>
    <message>
        <source>Operator added</source>
        <translation>オペレーター追加</translation>
    </message>
    <message>
        <source>Operator changed</source>
        <translation>オペレーター変更</translation>
    </message>
    <message>
        <source>Operator disabled</source>
        <translation>オペレーター無効化</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>操作拒否</translation>
    </message>
</context>
<context>
    <name>OperatorCommands</name>
    <message>
        <source>disabled</source>
        <translation>無効</translation>
    </message>
    <message>
        <source>locked</source>
        <translation>ロック中</translation>
    </message>
    <message>
        <source>must change password</source>
        <translation>パスワード変更が必要</translation>
    </message>
    <message>
        <source>active</source>
        <translation>有効</translation>
    </message>
    <message>
        <source>The role must be admin, helpdesk or auditor.</source>
        <translation>役割は admin、helpdesk、auditor のいずれかを指定してください。</translation>
    </message>
    <message>
        <source>operator bootstrap needs --password-file FILE.</source>
        <translation>operator bootstrap には --password-file FILE が必要です。</translation>
    </message>
    <message>
        <source>Created the administrator %1. Sign in with --operator %1.</source>
        <translation>管理者 %1 を作成しました。--operator %1 でログインしてください。</translation>
    </message>
    <message>
        <source>operator add needs --password-file FILE (the initial password).</source>
        <translation>operator add には --password-file FILE（初期パスワード）が必要です。</translation>
    </message>
    <message>
        <source>Added the operator %1 (%2). The password must be changed at the first sign-in (certdesk-cli passwd).</source>
        <translation>オペレーター %1（%2）を追加しました。初回ログイン時にパスワードの変更が必要です（certdesk-cli passwd）。</translation>
    </message>
    <message>
        <source>never signed in</source>
        <translation>未ログイン</translation>
    </message>
    <message>
        <source>%1 is now %2.</source>
        <translation>%1 の役割を %2 に変更しました。</translation>
    </message>
    <message>
        <source>Unlocked the operator %1; they can sign in again.</source>
        <translation>オペレーター %1 のロックを解除しました。再びログインできます。</translation>
    </message>
    <message>
        <source>operator reset-password needs --password-file FILE.</source>
        <translation>operator reset-password には --password-file FILE が必要です。</translation>
    </message>
    <message>
        <source>Reset the password of %1; it must be changed at the next sign-in.</source>
        <translation>%1 のパスワードをリセットしました。次回ログイン時に変更が必要です。</translation>
    </message>
    <message>
        <source>Disabled the operator %1; they can no longer sign in.</source>
        <translation>オペレーター %1 を無効にしました。今後ログインできません。</translation>
    </message>
    <message>
        <source>Changed the password of %1.</source>
        <translation>%1 のパスワードを変更しました。</translation>
    </message>
</context>
<context>
    <name>OperatorStore</name>
    <message>
        <source>The new operator was not stored.</source>
        <translation>新しい操作者を保存できませんでした。</translation>
    </message>
    <message>
        <source>There is no operator with ID %1.</source>
        <translation>ID %1 の操作者はいません。</translation>
    </message>
    <message>
        <source>The administrators could not be counted.</source>
        <translation>管理者の人数を数えられませんでした。</translation>
    </message>
</context>
<context>
    <name>OperatorWorkflows</name>
    <message>
        <source>The operator needs a login name.</source>
        <translation>ログイン名を入力してください。</translation>
    </message>
    <message>
        <source>The login name may have at most %1 characters.</source>
        <translation>ログイン名は%1文字以内で入力してください。</translation>
    </message>
    <message>
        <source>The login name may contain only letters A–Z, digits and . _ -, and must start with a letter or a digit.</source>
        <translation>ログイン名に使えるのは半角英字、数字、. _ - のみで、先頭は英字か数字にしてください。</translation>
    </message>
    <message>
        <source>Login names starting with pg_ or certdesk_ are reserved.</source>
        <translation>pg_ または certdesk_ で始まるログイン名は予約されています。</translation>
    </message>
    <message>
        <source>The password does not meet the rules:</source>
        <translation>パスワードが条件を満たしていません:</translation>
    </message>
    <message>
        <source>The display name may have at most %1 characters.</source>
        <translation>表示名は%1文字以内で入力してください。</translation>
    </message>
    <message>
        <source>There is already an operator with the login name &quot;%1&quot;.</source>
        <translation>ログイン名「%1」のオペレーターは既に存在します。</translation>
    </message>
    <message>
        <source>This database has operators already. Sign in as an administrator to add one.</source>
        <translation>このデータベースには既にオペレーターがいます。追加するには管理者としてログインしてください。</translation>
    </message>
    <message>
        <source>The login name or the password is wrong.</source>
        <translation>ログイン名またはパスワードが正しくありません。</translation>
    </message>
    <message>
        <source>The operator %1 is locked after %2 wrong passwords. Ask an administrator to unlock it.</source>
        <translation>オペレーター %1 はパスワードを%2回続けて間違えたためロックされています。管理者にロック解除を依頼してください。</translation>
    </message>
    <message>
        <source>The operator %1 is disabled. Ask an administrator.</source>
        <translation>オペレーター %1 は無効化されています。管理者に問い合わせてください。</translation>
    </message>
    <message>
        <source>Nobody is signed in.</source>
        <translation>ログインしていません。</translation>
    </message>
    <message>
        <source>Nobody is signed in. Sign in as an operator first.</source>
        <translation>ログインしていません。先にオペレーターとしてログインしてください。</translation>
    </message>
    <message>
        <source>The signed-in operator no longer exists.</source>
        <translation>ログイン中のオペレーターは存在しなくなりました。</translation>
    </message>
    <message>
        <source>The new password must differ from the current one.</source>
        <translation>新しいパスワードは現在のパスワードと異なるものにしてください。</translation>
    </message>
    <message>
        <source>The current password is wrong.</source>
        <translation>現在のパスワードが正しくありません。</translation>
    </message>
    <message>
        <source>There is no operator with the login name &quot;%1&quot;.</source>
        <translation>ログイン名「%1」のオペレーターは存在しません。</translation>
    </message>
    <message>
        <source>%1 is the last active administrator. Add or enable another administrator first.</source>
        <translation>%1 は最後の有効な管理者です。先に別の管理者を追加するか有効にしてください。</translation>
    </message>
    <message>
        <source>You cannot disable the operator you are signed in as.</source>
        <translation>ログイン中のオペレーター自身は無効化できません。</translation>
    </message>
</context>
<context>
    <name>OutboxSender</name>
    <message>
        <source>The certificate file is no longer stored (the certificate was revoked or delivered).</source>
        <translation>証明書ファイルは既に削除されています(証明書が失効済みか、配布済みです)。</translation>
    </message>
    <message>
        <source>mail %1 to %2: %3</source>
        <translation>メール %1(宛先 %2): %3</translation>
    </message>
    <message>
        <source>There is no mail %1 in the outbox.</source>
        <translation>送信キューにメール %1 はありません。</translation>
    </message>
    <message>
        <source>Only a queued, failed or unknown mail can be resent.</source>
        <translation>再送できるのは、送信待ち、送信失敗、または状態不明のメールだけです。</translation>
    </message>
    <message>
        <source>Only a queued, failed or unknown mail can be cancelled.</source>
        <translation>送信を取り消せるのは、送信待ち、送信失敗、または状態不明のメールだけです。</translation>
    </message>
    <message>
        <source>Mail %1 is being sent right now. If it is still not marked sent or failed at %2, it shows as unknown and can then be resent or cancelled.</source>
        <translation>メール %1 は現在送信中です。%2 になっても送信済みまたは送信失敗にならない場合は「不明」と表示され、再送または送信取消ができるようになります。</translation>
    </message>
</context>
<context>
    <name>OutboxStore</name>
    <message>
        <source>The mail was not queued.</source>
        <translation>メールを送信キューに追加できませんでした。</translation>
    </message>
    <message>
        <source>The mail was changed meanwhile; look at the outbox again.</source>
        <translation>メールの状態が変更されました。送信キューを確認し直してください。</translation>
    </message>
</context>
<context>
    <name>PasswordGenerator</name>
    <message>
        <source>The key password may contain only half-width letters (A-Z, a-z) and digits (0-9).</source>
        <translation>秘密の鍵には半角英数字(A～Z、a～z、0～9)のみ使用できます。</translation>
    </message>
    <message numerus="yes">
        <source>The key password must be at least %n characters long.</source>
        <translation>
            <numerusform>秘密の鍵は %n 文字以上で入力してください。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The key password must be at most %n characters long.</source>
        <translation>
            <numerusform>秘密の鍵は %n 文字以内で入力してください。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PasswordHash</name>
    <message>
        <source>scrypt is not available in this OpenSSL.</source>
        <translation>このOpenSSLではscryptを使用できません。</translation>
    </message>
    <message>
        <source>The password could not be hashed.</source>
        <translation>パスワードのハッシュ値を計算できませんでした。</translation>
    </message>
    <message>
        <source>The password hash parameters are out of range.</source>
        <translation>パスワードハッシュのパラメーターが範囲外です。</translation>
    </message>
    <message>
        <source>No random bytes for the password hash.</source>
        <translation>パスワードハッシュ用の乱数を取得できませんでした。</translation>
    </message>
</context>
<context>
    <name>PasswordRules</name>
    <message>
        <source>The password must be %1 to %2 characters long; this one has %3.</source>
        <translation>パスワードは%1～%2文字にしてください(入力されたパスワードは%3文字です)。</translation>
    </message>
    <message>
        <source>The password must contain at least three of these four kinds of characters: upper-case letters, lower-case letters, digits and symbols.</source>
        <translation>パスワードには、英大文字・英小文字・数字・記号のうち3種類以上を含めてください。</translation>
    </message>
    <message>
        <source>The password must not contain the login name “%1”.</source>
        <translation>パスワードにログイン名「%1」を含めないでください。</translation>
    </message>
    <message>
        <source>%1 to %2 characters with at least three of: upper-case letters, lower-case letters, digits, symbols. It must not contain the login name.</source>
        <translation>%1～%2文字で、英大文字・英小文字・数字・記号のうち3種類以上を含めてください。ログイン名を含めることはできません。</translation>
    </message>
</context>
<context>
    <name>PasswordSealer</name>
    <message>
        <source>The protected key was not stored.</source>
        <translation>保護された鍵を保存できませんでした。</translation>
    </message>
    <message>
        <source>The protected password is damaged.</source>
        <translation>保護された秘密の鍵が破損しています。</translation>
    </message>
    <message>
        <source>The key protecting this password is missing.</source>
        <translation>この秘密の鍵を保護している鍵が見つかりません。</translation>
    </message>
    <message>
        <source>A protected password must belong to a record.</source>
        <translation>保護されたパスワードは、いずれかの記録に結び付いている必要があります。</translation>
    </message>
    <message>
        <source>The protected password does not belong to this record: it was moved from another record or altered in the database. It was not used.</source>
        <translation>この保護されたパスワードはこの記録のものではありません。別の記録から移されたか、データベース上で変更されています。使用しませんでした。</translation>
    </message>
</context>
<context>
    <name>PgRoles</name>
    <message>
        <source>Cannot compute the PostgreSQL password verifier (%1).</source>
        <translation>PostgreSQL のパスワード検証子を計算できません（%1）。</translation>
    </message>
</context>
<context>
    <name>Pkcs12Bundle</name>
    <message>
        <source>A PKCS#12 file needs a password.</source>
        <translation>PKCS#12ファイルには秘密の鍵(パスワード)が必要です。</translation>
    </message>
    <message>
        <source>The PKCS#12 password contains a NUL character.</source>
        <translation>秘密の鍵(PKCS#12のパスワード)にNUL文字が含まれています。</translation>
    </message>
    <message>
        <source>A PKCS#12 file needs a key and its certificate.</source>
        <translation>PKCS#12ファイルには秘密鍵とその証明書が必要です。</translation>
    </message>
    <message>
        <source>The private key does not belong to the certificate.</source>
        <translation>秘密鍵が証明書と対応していません。</translation>
    </message>
    <message>
        <source>Out of memory.</source>
        <translation>メモリが不足しています。</translation>
    </message>
    <message>
        <source>Could not create the PKCS#12 file.</source>
        <translation>PKCS#12ファイルを作成できませんでした。</translation>
    </message>
    <message>
        <source>Could not protect the PKCS#12 file with a MAC.</source>
        <translation>PKCS#12ファイルをMACで保護できませんでした。</translation>
    </message>
    <message>
        <source>Could not encode the PKCS#12 file.</source>
        <translation>PKCS#12ファイルをエンコードできませんでした。</translation>
    </message>
    <message>
        <source>The file is not a PKCS#12 (.p12/.pfx) file or it is damaged.</source>
        <translation>このファイルはPKCS#12(.p12/.pfx)ファイルではないか、破損しています。</translation>
    </message>
    <message>
        <source>The PKCS#12 password is wrong.</source>
        <translation>PKCS#12ファイルのパスワードが正しくありません。</translation>
    </message>
    <message>
        <source>The PKCS#12 password is wrong, or the file uses an unsupported algorithm.</source>
        <translation>PKCS#12ファイルのパスワードが正しくないか、ファイルが対応していないアルゴリズムを使用しています。</translation>
    </message>
    <message>
        <source>The PKCS#12 file could not be read: it is damaged or uses an unsupported (legacy) algorithm such as RC2. Export it again with AES or 3DES.</source>
        <translation>PKCS#12ファイルを読み込めませんでした。ファイルが破損しているか、RC2などの対応していない(旧式の)アルゴリズムを使用しています。AESまたは3DESで再度エクスポートしてください。</translation>
    </message>
</context>
<context>
    <name>Portal</name>
    <message>
        <source>CertDesk download portal, CA certificate, CRL and OCSP responder.</source>
        <translation>CertDeskのダウンロードポータル(CA証明書とCRLの配信、OCSPレスポンダー)。</translation>
    </message>
    <message>
        <source>Database: sqlite:PATH or postgresql://USER@HOST:PORT/DB.</source>
        <translation>データベース: sqlite:PATH または postgresql://USER@HOST:PORT/DB。</translation>
    </message>
    <message>
        <source>Address and port, e.g. 127.0.0.1:8443 or *:8443.</source>
        <translation>待ち受けるアドレスとポート(例: 127.0.0.1:8443 または *:8443)。</translation>
    </message>
    <message>
        <source>TLS certificate (PEM) for HTTPS.</source>
        <translation>HTTPS用のTLS証明書(PEM形式)。</translation>
    </message>
    <message>
        <source>TLS private key (PEM, unencrypted).</source>
        <translation>TLSの秘密鍵(PEM形式、暗号化なし)。</translation>
    </message>
    <message>
        <source>File holding the CA passphrase (enables OCSP and the CRL schedule).</source>
        <translation>CAのパスフレーズを記載したファイル(OCSPとCRLの定期公開が有効になります)。</translation>
    </message>
    <message>
        <source>No database given. Use --db sqlite:PATH or --db postgresql://USER@HOST:PORT/DB.</source>
        <translation>データベースが指定されていません。--db sqlite:PATH または --db postgresql://USER@HOST:PORT/DB を指定してください。</translation>
    </message>
    <message>
        <source>--listen must be ADDRESS:PORT, e.g. 127.0.0.1:8443.</source>
        <translation>--listen には ADDRESS:PORT の形式で指定してください(例: 127.0.0.1:8443)。</translation>
    </message>
    <message>
        <source>--tls-cert and --tls-key go together.</source>
        <translation>--tls-cert と --tls-key は両方指定してください。</translation>
    </message>
    <message>
        <source>The passphrase file %1 cannot be read.</source>
        <translation>パスフレーズファイル %1 を読み込めません。</translation>
    </message>
    <message>
        <source>no CA passphrase was given (--passphrase-file or CERTDESK_CA_PASSPHRASE).</source>
        <translation>CAのパスフレーズが指定されていません(--passphrase-file または CERTDESK_CA_PASSPHRASE)。</translation>
    </message>
    <message>
        <source>Address of a reverse proxy in front of the portal; its X-Forwarded-For is recorded as the client address.</source>
        <translation>ポータルの前段にあるリバースプロキシのアドレス。そのX-Forwarded-Forをクライアントのアドレスとして記録します。</translation>
    </message>
    <message>
        <source>--trusted-proxy must be an IP address.</source>
        <translation>--trusted-proxy にはIPアドレスを指定してください。</translation>
    </message>
    <message>
        <source>CRL publish configuration of this computer (folder=… and command=… lines); default %1.</source>
        <translation>このコンピューターのCRL公開設定ファイル(folder=… と command=… の行)。既定値: %1</translation>
    </message>
    <message>
        <source>Folder to write the CRL files to (instead of a file).</source>
        <translation>CRLファイルを書き出すフォルダー(設定ファイルの代わりに指定)。</translation>
    </message>
    <message>
        <source>Command to run after writing the CRL, e.g. &quot;/usr/sbin/nginx -s reload&quot; (with --crl-dir).</source>
        <translation>CRLを書き出した後に実行するコマンド。例: &quot;/usr/sbin/nginx -s reload&quot;(--crl-dir と併用)。</translation>
    </message>
    <message>
        <source>--crl-publish-config cannot be combined with --crl-dir or --crl-command.</source>
        <translation>--crl-publish-config は --crl-dir や --crl-command と同時に指定できません。</translation>
    </message>
    <message>
        <source>The database connection was lost: %1</source>
        <translation>データベースとの接続が切れました: %1</translation>
    </message>
    <message>
        <source>The database connection is back.</source>
        <translation>データベースとの接続が回復しました。</translation>
    </message>
    <message>
        <source>Following the database: the CRL is re-signed within a second of every revocation.</source>
        <translation>データベースの変更を監視しています。失効のたびに 1 秒以内に CRL を再署名します。</translation>
    </message>
</context>
<context>
    <name>PortalPages</name>
    <message>
        <source>Your client certificate is ready. Enter your login ID to download it, then install it on the device named below.</source>
        <translation>クライアント証明書の準備ができました。ログインIDを入力して証明書をダウンロードし、下記の端末にインストールしてください。</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>インストール端末</translation>
    </message>
    <message>
        <source>Download by</source>
        <translation>ダウンロード期限</translation>
    </message>
    <message>
        <source>Downloads left</source>
        <translation>残りのダウンロード回数</translation>
    </message>
    <message>
        <source>Login ID</source>
        <translation>ログインID</translation>
    </message>
    <message>
        <source>Download the certificate</source>
        <translation>証明書をダウンロード</translation>
    </message>
    <message>
        <source>Download your client certificate</source>
        <translation>クライアント証明書のダウンロード</translation>
    </message>
    <message>
        <source>This download link has expired. Ask your administrator to issue the certificate again.</source>
        <translation>このダウンロードリンクは期限切れです。証明書の再発行を管理者に依頼してください。</translation>
    </message>
    <message>
        <source>This certificate has been revoked and can no longer be downloaded.</source>
        <translation>この証明書は失効しているため、ダウンロードできません。</translation>
    </message>
    <message>
        <source>This certificate has been downloaded as often as allowed. Ask your administrator if you need it again.</source>
        <translation>この証明書はダウンロードできる回数の上限に達しました。再度必要な場合は管理者にお問い合わせください。</translation>
    </message>
    <message>
        <source>This certificate can no longer be downloaded. Ask your administrator.</source>
        <translation>この証明書はダウンロードできなくなりました。管理者にお問い合わせください。</translation>
    </message>
    <message>
        <source>Download not possible</source>
        <translation>ダウンロードできません</translation>
    </message>
    <message>
        <source>Too many attempts</source>
        <translation>入力回数の上限に達しました</translation>
    </message>
    <message>
        <source>The login ID was wrong too many times. Try again in 15 minutes, or ask your administrator.</source>
        <translation>ログインIDの入力を何度も間違えたため、一時的にロックされました。15分後にもう一度お試しいただくか、管理者にお問い合わせください。</translation>
    </message>
    <message>
        <source>Request not understood</source>
        <translation>リクエストを処理できません</translation>
    </message>
    <message>
        <source>Page not found</source>
        <translation>ページが見つかりません</translation>
    </message>
    <message>
        <source>This link does not exist. Check that you opened the whole link from the mail.</source>
        <translation>このリンクは存在しません。メールに記載されたリンクを最後まで正しく開いたかご確認ください。</translation>
    </message>
    <message>
        <source>This login ID does not match the certificate. Tries left: %1</source>
        <translation>ログインIDが正しくありません。あと %1 回入力できます。</translation>
    </message>
    <message>
        <source>Open the downloaded .p12 file (double-click it in Downloads).</source>
        <translation>ダウンロードした .p12 ファイルを開きます(「ダウンロード」フォルダーでダブルクリック)。</translation>
    </message>
    <message>
        <source>The Certificate Import Wizard opens: choose &quot;Current User&quot; and click Next.</source>
        <translation>「証明書のインポート ウィザード」が開きます。「現在のユーザー」を選択し、「次へ」をクリックします。</translation>
    </message>
    <message>
        <source>Click Next, then enter the certificate password and click Next.</source>
        <translation>「次へ」をクリックし、証明書のパスワードを入力して「次へ」をクリックします。</translation>
    </message>
    <message>
        <source>Keep &quot;Automatically select the certificate store&quot;, click Next, then Finish.</source>
        <translation>「証明書の種類に基づいて、自動的に証明書ストアを選択する」のまま「次へ」、「完了」をクリックします。</translation>
    </message>
    <message>
        <source>Restart the browser and open the service. When the browser asks for a certificate, choose this one.</source>
        <translation>ブラウザーを再起動してサービスを開きます。証明書の選択を求められたら、この証明書を選択します。</translation>
    </message>
    <message>
        <source>Keychain Access opens: choose the &quot;login&quot; keychain and click Add.</source>
        <translation>「キーチェーンアクセス」が開きます。キーチェーン「ログイン」を選択し、「追加」をクリックします。</translation>
    </message>
    <message>
        <source>Enter the certificate password and click OK.</source>
        <translation>証明書のパスワードを入力し、「OK」をクリックします。</translation>
    </message>
    <message>
        <source>Open the service in Safari or Chrome. When the browser asks for a certificate, choose this one.</source>
        <translation>Safari または Chrome でサービスを開きます。証明書の選択を求められたら、この証明書を選択します。</translation>
    </message>
    <message>
        <source>Open this page in Safari on the iPhone or iPad (the Gmail app cannot open certificates).</source>
        <translation>iPhone / iPad の Safari でこのページを開きます(Gmail アプリでは証明書を開けません)。</translation>
    </message>
    <message>
        <source>Download the certificate and tap Allow: the profile is downloaded.</source>
        <translation>証明書をダウンロードし、「許可」をタップします。プロファイルがダウンロードされます。</translation>
    </message>
    <message>
        <source>Open Settings, tap &quot;Profile Downloaded&quot; (or General &gt; VPN &amp; Device Management) and tap Install.</source>
        <translation>「設定」を開き、「プロファイルがダウンロードされました」(または「一般」&gt;「VPN とデバイス管理」)をタップして「インストール」をタップします。</translation>
    </message>
    <message>
        <source>Enter the passcode of the device, then the certificate password, and tap Install and Done.</source>
        <translation>端末のパスコード、続いて証明書のパスワードを入力し、「インストール」、「完了」をタップします。</translation>
    </message>
    <message>
        <source>Download the certificate on the iPhone or iPad.</source>
        <translation>iPhone / iPad で証明書をダウンロードします。</translation>
    </message>
    <message>
        <source>Open the .p12 file with the organisation&apos;s dedicated browser (Share &gt; the browser) and import it there.</source>
        <translation>.p12 ファイルを組織の専用ブラウザーで開き(「共有」&gt; 専用ブラウザー)、読み込みます。</translation>
    </message>
    <message>
        <source>Enter the certificate password when the browser asks for it.</source>
        <translation>ブラウザーに求められたら証明書のパスワードを入力します。</translation>
    </message>
    <message>
        <source>Download the certificate with Chrome on the device.</source>
        <translation>端末の Chrome で証明書をダウンロードします。</translation>
    </message>
    <message>
        <source>Open Settings &gt; Security &gt; Encryption &amp; credentials &gt; Install a certificate &gt; VPN &amp; app user certificate.</source>
        <translation>「設定」&gt;「セキュリティ」&gt;「暗号化と認証情報」&gt;「証明書のインストール」&gt;「VPN とアプリのユーザー証明書」を開きます。</translation>
    </message>
    <message>
        <source>Choose the downloaded .p12 file and enter the certificate password.</source>
        <translation>ダウンロードした .p12 ファイルを選択し、証明書のパスワードを入力します。</translation>
    </message>
    <message>
        <source>Give the certificate a name (for example the service&apos;s name) and tap OK.</source>
        <translation>証明書に名前(サービス名など)を付けて「OK」をタップします。</translation>
    </message>
    <message>
        <source>Download the certificate on the device that will use it.</source>
        <translation>証明書を使う端末でダウンロードします。</translation>
    </message>
    <message>
        <source>Import the .p12 file into the device or browser as its manual says, with the certificate password.</source>
        <translation>端末またはブラウザーのマニュアルに従い、証明書のパスワードを使って .p12 ファイルを読み込みます。</translation>
    </message>
    <message>
        <source>How to install it on %1</source>
        <translation>%1 へのインストール手順</translation>
    </message>
    <message>
        <source>The certificate password comes in a separate mail. Keep it at hand: the installation asks for it.</source>
        <translation>証明書のパスワードは別のメールでお送りします。インストールの途中で入力しますので、お手元にご用意ください。</translation>
    </message>
    <message>
        <source>Your administrator gives you the certificate password. Keep it at hand: the installation asks for it.</source>
        <translation>証明書のパスワードは管理者からお知らせします。インストールの途中で入力しますので、お手元にご用意ください。</translation>
    </message>
</context>
<context>
    <name>PrivateKey</name>
    <message>
        <source>Could not generate a %1 key.</source>
        <translation>%1 の鍵を生成できませんでした。</translation>
    </message>
    <message>
        <source>There is no private key to export.</source>
        <translation>エクスポートする秘密鍵がありません。</translation>
    </message>
    <message>
        <source>A passphrase is required to protect the private key.</source>
        <translation>秘密鍵を保護するにはパスフレーズが必要です。</translation>
    </message>
    <message>
        <source>Could not encode the private key.</source>
        <translation>秘密鍵をエンコードできませんでした。</translation>
    </message>
    <message>
        <source>Could not set up the private key encryption.</source>
        <translation>秘密鍵の暗号化を準備できませんでした。</translation>
    </message>
    <message>
        <source>Could not encrypt the private key.</source>
        <translation>秘密鍵を暗号化できませんでした。</translation>
    </message>
    <message>
        <source>No private key was found in the PEM data.</source>
        <translation>PEMデータに秘密鍵が見つかりません。</translation>
    </message>
    <message>
        <source>Out of memory.</source>
        <translation>メモリが不足しています。</translation>
    </message>
    <message>
        <source>The private key is encrypted; enter its passphrase.</source>
        <translation>秘密鍵は暗号化されています。パスフレーズを入力してください。</translation>
    </message>
    <message>
        <source>The passphrase is wrong, or the encrypted private key is damaged.</source>
        <translation>パスフレーズが正しくないか、暗号化された秘密鍵が破損しています。</translation>
    </message>
    <message>
        <source>The private key could not be read: it is damaged or in an unsupported format.</source>
        <translation>秘密鍵を読み込めませんでした。破損しているか、対応していない形式です。</translation>
    </message>
</context>
<context>
    <name>PublishTarget</name>
    <message>
        <source>The CRL publish configuration %1 cannot be read: %2</source>
        <translation>CRL公開設定ファイル %1 を読み込めません: %2</translation>
    </message>
    <message>
        <source>The CRL publish configuration %1 is too large.</source>
        <translation>CRL公開設定ファイル %1 が大きすぎます。</translation>
    </message>
    <message>
        <source>Line %1 of the CRL publish configuration %2 is neither folder=… nor command=….</source>
        <translation>CRL公開設定ファイル %2 の %1 行目は folder=… でも command=… でもありません。</translation>
    </message>
    <message>
        <source>The CRL folder and command must each be one line.</source>
        <translation>CRLの公開フォルダーとコマンドは、それぞれ1行で指定してください。</translation>
    </message>
    <message>
        <source>The folder %1 could not be created.</source>
        <translation>フォルダー %1 を作成できませんでした。</translation>
    </message>
    <message>
        <source>The CRL publish configuration %1 cannot be written: %2</source>
        <translation>CRL公開設定ファイル %1 に書き込めません: %2</translation>
    </message>
</context>
<context>
    <name>RequestScreen</name>
    <message>
        <source>The request must give its length (Content-Length).</source>
        <translation>リクエストには長さ(Content-Length)を指定してください。</translation>
    </message>
    <message>
        <source>The request is too large.</source>
        <translation>リクエストが大きすぎます。</translation>
    </message>
    <message>
        <source>The request did not arrive in time.</source>
        <translation>リクエストが時間内に届きませんでした。</translation>
    </message>
    <message>
        <source>Bad request.</source>
        <translation>不正なリクエストです。</translation>
    </message>
    <message>
        <source>The request headers are too large.</source>
        <translation>リクエストヘッダーが大きすぎます。</translation>
    </message>
</context>
<context>
    <name>RevocationSteps</name>
    <message>
        <source>The certificate %1 is already revoked.</source>
        <translation>証明書 %1 は既に失効しています。</translation>
    </message>
</context>
<context>
    <name>RevocationWorkflows</name>
    <message>
        <source>No certificate has the serial number %1.</source>
        <translation>シリアル番号 %1 の証明書はありません。</translation>
    </message>
</context>
<context>
    <name>RevokeDialog</name>
    <message>
        <source>%1 &lt;%2&gt; (login ID %3)</source>
        <translation>%1 &lt;%2&gt;(ログインID %3)</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <source>Administrator</source>
        <translation>管理者</translation>
    </message>
    <message>
        <source>Helpdesk</source>
        <translation>ヘルプデスク</translation>
    </message>
    <message>
        <source>Auditor</source>
        <translation>監査者</translation>
    </message>
    <message>
        <source>search or view users, certificates and the dashboard</source>
        <translation>ユーザー・証明書・ダッシュボードの検索と表示</translation>
    </message>
    <message>
        <source>issue, re-issue or revoke certificates, handle lost devices, resend mails or register certificate information</source>
        <translation>証明書の発行・再発行・失効、端末の紛失の処理、メールの再送、証明書情報の登録</translation>
    </message>
    <message>
        <source>add, edit or delete users, delete certificate information, apply the user selection, issue or revoke certificates in bulk, export ZIP files or import and export users as CSV</source>
        <translation>ユーザーの追加・編集・削除、証明書情報の削除、ユーザー選択の適用、証明書の一括発行・一括失効、ZIPエクスポート、ユーザーのCSVインポート・エクスポート</translation>
    </message>
    <message>
        <source>create or import the CA or change its passphrase, publish the CRL, change the settings, the mail server, mail templates, the portal or the operators, or create demo data</source>
        <translation>CAの作成・インポート・パスフレーズの変更、CRLの公開、設定・メールサーバー・メールテンプレート・ポータル・操作者の変更、デモデータの作成</translation>
    </message>
    <message>
        <source>view the history</source>
        <translation>操作履歴の表示</translation>
    </message>
    <message>
        <source>export or verify the yearly history</source>
        <translation>操作履歴の年次ファイル出力と検証</translation>
    </message>
    <message>
        <source>You are signed in as %1 (%2); this role may not %3. Ask an administrator.</source>
        <translation>%1(%2)としてログインしています。この役割では%3はできません。管理者に依頼してください。</translation>
    </message>
</context>
<context>
    <name>SealedBox</name>
    <message>
        <source>There is no CA certificate to protect the secret with.</source>
        <translation>機密情報の保護に使用するCA証明書がありません。</translation>
    </message>
    <message>
        <source>The secret is too long to be protected with the CA key.</source>
        <translation>機密情報が長すぎるため、CAの鍵で保護できません。</translation>
    </message>
    <message>
        <source>Could not protect the secret with the CA key.</source>
        <translation>機密情報をCAの鍵で保護できませんでした。</translation>
    </message>
    <message>
        <source>The CA key (%1) cannot be used to protect secrets.</source>
        <translation>CAの鍵(%1)は機密情報の保護に使用できません。</translation>
    </message>
    <message>
        <source>The CA key is needed to read the protected secret.</source>
        <translation>保護された機密情報を読み取るには、CAの秘密鍵が必要です。</translation>
    </message>
    <message>
        <source>The CA private key does not belong to the CA certificate.</source>
        <translation>CAの秘密鍵がCA証明書と対応していません。</translation>
    </message>
    <message>
        <source>The protected secret is damaged.</source>
        <translation>保護された機密情報が破損しています。</translation>
    </message>
    <message>
        <source>The protected secret was not sealed for this CA key.</source>
        <translation>保護された機密情報は、このCAの鍵で保護されたものではありません。</translation>
    </message>
    <message>
        <source>Out of memory.</source>
        <translation>メモリが不足しています。</translation>
    </message>
</context>
<context>
    <name>SelectionExport</name>
    <message>
        <source>Login ID</source>
        <translation>ログインID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>ユーザー名</translation>
    </message>
    <message>
        <source>Certificate authentication</source>
        <translation>証明書認証</translation>
    </message>
    <message>
        <source>In-use count</source>
        <translation>運用中枚数</translation>
    </message>
    <message>
        <source>Issued count</source>
        <translation>証明書発行枚数</translation>
    </message>
    <message>
        <source>Use</source>
        <translation>利用する</translation>
    </message>
    <message>
        <source>Don&apos;t use</source>
        <translation>利用しない</translation>
    </message>
    <message>
        <source>Writing the list failed: %1</source>
        <translation>一覧の書き込みに失敗しました: %1</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>%1 must be a whole number from %2 to %3.</source>
        <translation>%1 には %2～%3 の整数を指定してください。</translation>
    </message>
    <message>
        <source>%1 must be an http:// or https:// address.</source>
        <translation>%1 には http:// または https:// で始まるアドレスを指定してください。</translation>
    </message>
    <message>
        <source>%1 must be &quot;ja&quot; or &quot;en&quot;.</source>
        <translation>%1 には「ja」または「en」を指定してください。</translation>
    </message>
    <message>
        <source>Unknown PKCS#12 profile &quot;%1&quot;.</source>
        <translation>PKCS#12プロファイル「%1」は不明です。</translation>
    </message>
    <message>
        <source>Unknown key type &quot;%1&quot;.</source>
        <translation>鍵の種類「%1」は不明です。</translation>
    </message>
    <message>
        <source>%1 must be 0 or 1.</source>
        <translation>%1 には 0 または 1 を指定してください。</translation>
    </message>
    <message>
        <source>Unknown setting &quot;%1&quot;.</source>
        <translation>設定項目「%1」は不明です。</translation>
    </message>
    <message>
        <source>%1 must be none, starttls or tls.</source>
        <translation>%1 には none、starttls、tls のいずれかを指定してください。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid e-mail address.</source>
        <translation>「%1」は有効なメールアドレスではありません。</translation>
    </message>
    <message>
        <source>%1 is no longer kept in the database: the CRL folder and the command run after publishing are set on the computer that publishes (the file crl-publish.conf, Settings → Portal and CRL, or certdesk-portal --crl-publish-config).</source>
        <translation>%1 はデータベースには保存されなくなりました。CRLの公開フォルダーと公開後に実行するコマンドは、CRLを公開するコンピューターごとに設定します(ファイル crl-publish.conf、「設定」→「ポータルとCRL」、または certdesk-portal --crl-publish-config)。</translation>
    </message>
</context>
<context>
    <name>SettingsWorkflows</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Nothing was saved. Correct these values:
%1</source>
        <translation>保存されていません。次の値を修正してください:
%1</translation>
    </message>
    <message>
        <source>Nothing was saved: %1</source>
        <translation>保存されていません: %1</translation>
    </message>
</context>
<context>
    <name>SignIn</name>
    <message>
        <source>The failed sign-in could not be counted: %1</source>
        <translation>ログイン失敗を記録できませんでした: %1</translation>
    </message>
    <message>
        <source>The operator %1 is locked or disabled. Ask an administrator.</source>
        <translation>オペレーター %1 はロックまたは無効化されています。管理者に問い合わせてください。</translation>
    </message>
</context>
<context>
    <name>SignInFlow</name>
    <message>
        <source>Sign in</source>
        <translation>ログイン</translation>
    </message>
</context>
<context>
    <name>SmtpClient</name>
    <message>
        <source>The mail server is not configured.</source>
        <translation>メールサーバーが設定されていません。</translation>
    </message>
    <message>
        <source>The mail server port %1 is not valid.</source>
        <translation>メールサーバーのポート番号 %1 は無効です。</translation>
    </message>
    <message>
        <source>The mail server name %1 is not valid.</source>
        <translation>メールサーバー名 %1 は無効です。</translation>
    </message>
    <message>
        <source>The mail has no recipient.</source>
        <translation>メールの宛先が指定されていません。</translation>
    </message>
    <message>
        <source>The mail address %1 is not valid.</source>
        <translation>メールアドレス「%1」は無効です。</translation>
    </message>
    <message>
        <source>A mail address, name or subject contains a line break.</source>
        <translation>メールアドレス、名前、件名のいずれかに改行が含まれています。</translation>
    </message>
    <message>
        <source>The mail library (libcurl) could not be initialised.</source>
        <translation>メール送信ライブラリ(libcurl)を初期化できませんでした。</translation>
    </message>
    <message>
        <source>Sending mail through %1 failed: %2</source>
        <translation>%1 経由のメール送信に失敗しました: %2</translation>
    </message>
    <message>
        <source>The mail server refused the user name or password.</source>
        <translation>メールサーバーでユーザー名またはパスワードが受け付けられませんでした。</translation>
    </message>
    <message>
        <source>The mail server %1 was not found.</source>
        <translation>メールサーバー %1 が見つかりません。</translation>
    </message>
    <message>
        <source>Cannot connect to the mail server %1:%2.</source>
        <translation>メールサーバー %1:%2 に接続できません。</translation>
    </message>
    <message numerus="yes">
        <source>The mail server %1:%2 did not answer within %n second(s).</source>
        <translation>
            <numerusform>メールサーバー %1:%2 から %n 秒以内に応答がありませんでした。</numerusform>
        </translation>
    </message>
    <message>
        <source>The secure connection (TLS) to %1 failed: %2</source>
        <translation>%1 との暗号化通信(TLS)に失敗しました: %2</translation>
    </message>
    <message>
        <source>The mail server %1 refused the recipient %2 (response %3).</source>
        <translation>メールサーバー %1 が宛先 %2 を拒否しました(応答コード %3)。</translation>
    </message>
    <message>
        <source>The mail server %1 refused the mail (response %2).</source>
        <translation>メールサーバー %1 がメールを拒否しました(応答コード %2)。</translation>
    </message>
    <message>
        <source>CertDesk does not send the password of %1 to the mail server %2 over a connection without TLS. Choose STARTTLS or TLS, or explicitly allow the password over an unencrypted connection in the mail server settings.</source>
        <translation>CertDeskは、TLSを使用しない接続でメールサーバー %2 に %1 のパスワードを送信しません。STARTTLSまたはTLSを選択するか、メールサーバーの設定で暗号化されていない接続でのパスワード送信を明示的に許可してください。</translation>
    </message>
</context>
<context>
    <name>Transaction</name>
    <message>
        <source>Cannot start a database transaction</source>
        <translation>データベースのトランザクションを開始できません</translation>
    </message>
    <message>
        <source>No transaction is open.</source>
        <translation>トランザクションが開始されていません。</translation>
    </message>
    <message>
        <source>The database could not save the change</source>
        <translation>データベースに変更を保存できませんでした</translation>
    </message>
</context>
<context>
    <name>UserCommands</name>
    <message>
        <source>Use &quot;on&quot; or &quot;off&quot;, not &quot;%1&quot;.</source>
        <translation>「%1」ではなく、on または off を指定してください。</translation>
    </message>
    <message>
        <source>Added the user %1 &lt;%2&gt;.</source>
        <translation>ユーザー %1 &lt;%2&gt; を追加しました。</translation>
    </message>
    <message>
        <source>Updated the user %1.</source>
        <translation>ユーザー %1 を更新しました。</translation>
    </message>
    <message>
        <source>certificate authentication: on</source>
        <translation>証明書認証: 利用する</translation>
    </message>
    <message>
        <source>certificate authentication: off</source>
        <translation>証明書認証: 利用しない</translation>
    </message>
    <message>
        <source>User:            %1 &lt;%2&gt;</source>
        <translation>ユーザー:        %1 &lt;%2&gt;</translation>
    </message>
    <message>
        <source>Login ID:        %1</source>
        <translation>ログインID:      %1</translation>
    </message>
    <message>
        <source>Department:      %1   Title: %2</source>
        <translation>部署:            %1   役職: %2</translation>
    </message>
    <message>
        <source>Groups:          %1</source>
        <translation>グループ:        %1</translation>
    </message>
    <message>
        <source>Certificate authentication: %1</source>
        <translation>証明書認証:      %1</translation>
    </message>
    <message>
        <source>on</source>
        <translation>利用する</translation>
    </message>
    <message>
        <source>off</source>
        <translation>利用しない</translation>
    </message>
    <message>
        <source>Name:            %1 %2 (%3 %4) %5 %6</source>
        <translation>氏名:            %1 %2(%3 %4)%5 %6</translation>
    </message>
    <message>
        <source>Certificate information: not registered</source>
        <translation>証明書情報:      未登録</translation>
    </message>
    <message>
        <source>  [%1] %2  %3  %4  expires %5  serial %6%7</source>
        <translation>  [%1] %2  %3  %4  有効期限 %5  シリアル番号 %6%7</translation>
    </message>
    <message>
        <source>  (!) attention</source>
        <translation>  (!) 要確認</translation>
    </message>
    <message>
        <source>Deleting a user revokes all of that user&apos;s certificates. Add --yes to confirm.</source>
        <translation>ユーザーを削除すると、そのユーザーの証明書はすべて失効します。実行する場合は --yes を付けてください。</translation>
    </message>
    <message>
        <source>Deleted the user %1; %2 certificate(s) revoked.</source>
        <translation>ユーザー %1 を削除しました。失効した証明書: %2 枚</translation>
    </message>
    <message>
        <source>Registered the certificate information of %1: %2 %3 (%4 %5, %6 %7).</source>
        <translation>%1 の証明書情報を登録しました: %2 %3(%4 %5、%6 %7)</translation>
    </message>
    <message>
        <source>Deleting the certificate information revokes all of the user&apos;s certificates. Add --yes to confirm.</source>
        <translation>証明書情報を削除すると、そのユーザーの証明書はすべて失効します。実行する場合は --yes を付けてください。</translation>
    </message>
    <message>
        <source>Deleted the certificate information of %1; %2 certificate(s) revoked.</source>
        <translation>%1 の証明書情報を削除しました。失効した証明書: %2 枚</translation>
    </message>
    <message>
        <source>selection set LOGIN on|off</source>
        <translation>selection set LOGIN on|off</translation>
    </message>
    <message>
        <source>%1 now uses certificate authentication.</source>
        <translation>%1 の証明書認証を「利用する」に設定しました。</translation>
    </message>
    <message>
        <source>%1 no longer uses certificate authentication.</source>
        <translation>%1 の証明書認証を「利用しない」に設定しました。</translation>
    </message>
</context>
<context>
    <name>UserCsv</name>
    <message>
        <source>The file is empty.</source>
        <translation>ファイルが空です。</translation>
    </message>
    <message>
        <source>The first line must be the header: %1.</source>
        <translation>1行目は見出し行(%1)にしてください。</translation>
    </message>
    <message>
        <source>Unknown column. The columns are: %1.</source>
        <translation>不明な列です。列名は %1 のいずれかにしてください。</translation>
    </message>
    <message>
        <source>This column appears twice.</source>
        <translation>この列が重複しています。</translation>
    </message>
    <message>
        <source>The column is missing.</source>
        <translation>この列がありません。</translation>
    </message>
    <message>
        <source>This column has no name in the header.</source>
        <translation>この列には見出し行に列名がありません。</translation>
    </message>
    <message>
        <source>This row has more cells than the header has columns.</source>
        <translation>この行のセルの数が、見出し行の列数より多くなっています。</translation>
    </message>
    <message>
        <source>This login ID is already on line %1.</source>
        <translation>このログインIDは %1 行目にもあります。</translation>
    </message>
    <message>
        <source>The e-mail address is required.</source>
        <translation>メールアドレスを入力してください。</translation>
    </message>
    <message>
        <source>At most %1 characters.</source>
        <translation>%1 文字以内で入力してください。</translation>
    </message>
    <message>
        <source>Line breaks and other control characters are not allowed in this column.</source>
        <translation>この列には改行などの制御文字は使用できません。</translation>
    </message>
    <message>
        <source>The group name &quot;%1&quot; is longer than %2 characters.</source>
        <translation>グループ名「%1」が %2 文字を超えています。</translation>
    </message>
    <message numerus="yes">
        <source>The file has %n problem(s); nothing was imported.</source>
        <translation>
            <numerusform>ファイルに %n 件の問題があるため、インポートは行われませんでした。</numerusform>
        </translation>
    </message>
    <message>
        <source>The user &quot;%1&quot; was deleted during the import; nothing was imported.</source>
        <translation>インポート中にユーザー「%1」が削除されたため、インポートは行われませんでした。</translation>
    </message>
    <message>
        <source>Cannot write the CSV file: %1</source>
        <translation>CSVファイルに書き込めません: %1</translation>
    </message>
    <message>
        <source>Line %1: the login ID &quot;%2&quot; differs only in case from the existing user &quot;%3&quot;; nothing was imported.</source>
        <translation>%1 行目: ログインID「%2」は既存のユーザー「%3」と大文字・小文字だけが異なります。何も取り込んでいません。</translation>
    </message>
</context>
<context>
    <name>UserCsvCommands</name>
    <message numerus="yes">
        <source>%n problem(s) found; nothing was imported.</source>
        <translation>
            <numerusform>%n 件の問題が見つかりました。インポートは行われませんでした。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is valid. Importing it would add %2 user(s), update %3 and leave %4 unchanged. Nothing was written (--dry-run).</source>
        <translation>%1 に問題はありません。インポートすると、ユーザーの追加 %2 人、更新 %3 人、変更なし %4 人となります。データは書き込まれていません(--dry-run)。</translation>
    </message>
    <message>
        <source>Imported %1: %2 user(s) added, %3 updated, %4 unchanged.</source>
        <translation>%1 をインポートしました(追加 %2 人、更新 %3 人、変更なし %4 人)。</translation>
    </message>
    <message>
        <source>user export needs --out FILE.csv.</source>
        <translation>user export には --out FILE.csv を指定してください。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 に書き込めません: %2</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n user(s) to %1.</source>
        <translation>
            <numerusform>ユーザー %n 人を %1 にエクスポートしました。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UserStore</name>
    <message>
        <source>The new user was not stored.</source>
        <translation>新しいユーザーを保存できませんでした。</translation>
    </message>
</context>
<context>
    <name>UserWorkflows</name>
    <message>
        <source>The login ID is empty.</source>
        <translation>ログインIDを入力してください。</translation>
    </message>
    <message>
        <source>The login ID &quot;%1&quot; may only contain half-width letters, digits and . _ @ + - (at most 64 characters).</source>
        <translation>ログインID「%1」に使用できるのは、半角英数字と . _ @ + - だけです(64文字以内)。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid e-mail address.</source>
        <translation>「%1」は有効なメールアドレスではありません。</translation>
    </message>
    <message>
        <source>The e-mail address is required.</source>
        <translation>メールアドレスを入力してください。</translation>
    </message>
    <message>
        <source>Name, department and title may have at most 128 characters.</source>
        <translation>氏名、部署、役職は、それぞれ128文字以内で入力してください。</translation>
    </message>
    <message>
        <source>The mail language must be &quot;ja&quot; or &quot;en&quot;.</source>
        <translation>メールの言語には「ja」または「en」を指定してください。</translation>
    </message>
    <message>
        <source>A user with the login ID &quot;%1&quot; already exists.</source>
        <translation>ログインID「%1」のユーザーは既に存在します。</translation>
    </message>
    <message>
        <source>Name, department, title and groups may not contain line breaks, tabs or other control characters.</source>
        <translation>氏名・部署・役職・グループに改行、タブなどの制御文字は使えません。</translation>
    </message>
    <message>
        <source>A user with the login ID &quot;%1&quot; already exists; login IDs that differ only in upper and lower case are not allowed.</source>
        <translation>ログインID「%1」のユーザーが既に存在します。大文字と小文字だけが異なるログインIDは登録できません。</translation>
    </message>
</context>
<context>
    <name>WorkflowContext</name>
    <message>
        <source>This database has no certificate authority yet. Create or import one first.</source>
        <translation>このデータベースにはまだ認証局(CA)がありません。先に作成またはインポートしてください。</translation>
    </message>
    <message>
        <source>The CA passphrase is needed to sign. Give it with --passphrase-file, CERTDESK_CA_PASSPHRASE or the keychain.</source>
        <translation>署名にはCAのパスフレーズが必要です。--passphrase-file、CERTDESK_CA_PASSPHRASE、またはキーチェーンで指定してください。</translation>
    </message>
    <message>
        <source>The CA passphrase is wrong.</source>
        <translation>CAのパスフレーズが正しくありません。</translation>
    </message>
    <message>
        <source>There is no user with the login ID &quot;%1&quot;.</source>
        <translation>ログインID「%1」のユーザーは存在しません。</translation>
    </message>
    <message>
        <source>Nobody is signed in. Sign in as an operator first.</source>
        <translation>ログインしていません。先にオペレーターとしてログインしてください。</translation>
    </message>
    <message>
        <source>There is no certificate authority number %1.</source>
        <translation>番号 %1 の認証局(CA)はありません。</translation>
    </message>
    <message>
        <source>The passphrase of the earlier CA &quot;%1&quot; is wrong.</source>
        <translation>以前のCA「%1」のパスフレーズが違います。</translation>
    </message>
</context>
<context>
    <name>X509Builder</name>
    <message>
        <source>Could not generate a random serial number.</source>
        <translation>ランダムなシリアル番号を生成できませんでした。</translation>
    </message>
    <message>
        <source>Could not set the serial number.</source>
        <translation>シリアル番号を設定できませんでした。</translation>
    </message>
    <message>
        <source>Out of memory.</source>
        <translation>メモリが不足しています。</translation>
    </message>
    <message>
        <source>The subject field %1 is too long or contains characters that are not allowed.</source>
        <translation>サブジェクトの項目 %1 が長すぎるか、使用できない文字が含まれています。</translation>
    </message>
    <message>
        <source>Could not set the certificate subject.</source>
        <translation>証明書のサブジェクトを設定できませんでした。</translation>
    </message>
    <message>
        <source>Could not set the certificate issuer.</source>
        <translation>証明書の発行者を設定できませんでした。</translation>
    </message>
    <message>
        <source>The validity period is empty.</source>
        <translation>有効期間が正しくありません(開始日時が終了日時より後になっています)。</translation>
    </message>
    <message>
        <source>Could not set the validity period.</source>
        <translation>有効期間を設定できませんでした。</translation>
    </message>
    <message>
        <source>Could not set the public key.</source>
        <translation>公開鍵を設定できませんでした。</translation>
    </message>
    <message>
        <source>Could not add the %1 extension.</source>
        <translation>拡張領域 %1 を追加できませんでした。</translation>
    </message>
    <message>
        <source>Could not sign the certificate.</source>
        <translation>証明書に署名できませんでした。</translation>
    </message>
</context>
<context>
    <name>ZipExport</name>
    <message>
        <source>No certificate is awaiting download; there is nothing to export.</source>
        <translation>ダウンロード待ちの証明書がないため、エクスポートするものはありません。</translation>
    </message>
</context>
<context>
    <name>ZipWriter</name>
    <message>
        <source>Could not create the ZIP file %1.</source>
        <translation>ZIPファイル %1 を作成できませんでした。</translation>
    </message>
    <message>
        <source>The ZIP file %1 is already complete.</source>
        <translation>ZIPファイル %1 は既に書き込みが完了しています。</translation>
    </message>
    <message>
        <source>“%1” is not a valid file name inside a ZIP file.</source>
        <translation>「%1」はZIPファイル内のファイル名として使用できません。</translation>
    </message>
    <message>
        <source>Could not add %1 to the ZIP file %2.</source>
        <translation>ZIPファイル %2 に %1 を追加できませんでした。</translation>
    </message>
    <message>
        <source>The ZIP file %1 already contains %2.</source>
        <translation>ZIPファイル %1 には既に %2 が含まれています。</translation>
    </message>
    <message>
        <source>Could not write the ZIP file %1.</source>
        <translation>ZIPファイル %1 を書き込めませんでした。</translation>
    </message>
</context>
<context>
    <name>certdesk::AboutDialog</name>
    <message>
        <source>About CertDesk</source>
        <translation>CertDeskについて</translation>
    </message>
    <message>
        <source>CertDesk %1</source>
        <translation>CertDesk %1</translation>
    </message>
    <message>
        <source>Device certificates: issue, deliver, revoke.</source>
        <translation>デバイス証明書の発行・配布・失効。</translation>
    </message>
    <message>
        <source>Version %1
Qt %2 (built with Qt %3)
%4</source>
        <translation>バージョン %1
Qt %2(ビルド時 Qt %3)
%4</translation>
    </message>
    <message>
        <source>&amp;Libraries and their licences:</source>
        <translation>使用しているライブラリとライセンス(&amp;L):</translation>
    </message>
    <message>
        <source>%1%2 — %3</source>
        <extracomment>A bundled library in Help → About: name and version, then its licence, e.g. &quot;Qt 6.4.2 — LGPL-3.0-only&quot;.</extracomment>
        <translation>%1%2 — %3</translation>
    </message>
</context>
<context>
    <name>certdesk::AdministratorWizardPage</name>
    <message>
        <source>The database is not open. Go back and choose it again.</source>
        <translation>データベースが開かれていません。前に戻って選び直してください。</translation>
    </message>
    <message>
        <source>Only an administrator can set up the CA. Sign in as an administrator.</source>
        <translation>CAを設定できるのは管理者だけです。管理者としてログインしてください。</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>管理者</translation>
    </message>
    <message>
        <source>Everyone who uses CertDesk signs in. Create the first administrator.</source>
        <translation>CertDesk を使う人は全員ログインします。最初の管理者を作成してください。</translation>
    </message>
    <message>
        <source>The administrator may do everything and adds the other operators (helpdesk, auditors) later in Settings → Operators. Keep the password to yourself.</source>
        <translation>管理者はすべての操作ができ、他のオペレーター（ヘルプデスク、監査者）は後で「設定 → オペレーター」で追加します。パスワードは他人に教えないでください。</translation>
    </message>
    <message>
        <source>This database already has operators.</source>
        <translation>このデータベースには既にオペレーターがいます。</translation>
    </message>
    <message>
        <source>Sign in as an administrator of this database to continue the setup.</source>
        <translation>セットアップを続けるには、このデータベースの管理者としてログインしてください。</translation>
    </message>
</context>
<context>
    <name>certdesk::AppSession</name>
    <message>
        <source>Signing was cancelled: the CA passphrase was not entered.</source>
        <translation>CAのパスフレーズが入力されなかったため、署名を中止しました。</translation>
    </message>
    <message>
        <source>The CA passphrase is wrong.</source>
        <translation>CAのパスフレーズが正しくありません。</translation>
    </message>
    <message>
        <source>Keychain</source>
        <translation>キーチェーン</translation>
    </message>
    <message>
        <source>The passphrase could not be remembered on this computer: %1</source>
        <translation>パスフレーズをこのコンピューターに記憶できませんでした: %1</translation>
    </message>
    <message>
        <source>The CA is locked: its passphrase is not remembered in this computer&apos;s keychain.</source>
        <translation>CA はロックされています: このコンピューターのキーチェーンにパスフレーズが記憶されていません。</translation>
    </message>
</context>
<context>
    <name>certdesk::BulkIssueSection</name>
    <message>
        <source>Download the bulk issuance form</source>
        <translation>一括発行用の入力フォームのダウンロード</translation>
    </message>
    <message>
        <source>Saved the form with every user prefilled to %1. Mark %2 and one device per row, then choose the file here.</source>
        <translation>全ユーザーを記入済みの入力フォームを %1 に保存しました。発行する行ごとに「%2」とデバイス1つに「○」を付けてから、ここでファイルを選択してください。</translation>
    </message>
    <message>
        <source>Choose the bulk issuance file</source>
        <translation>一括発行するファイルを選択</translation>
    </message>
    <message>
        <source>Bulk issuance</source>
        <translation>証明書の一括発行</translation>
    </message>
    <message numerus="yes">
        <source>Issue %n certificate(s) from %1 now?</source>
        <translation>
            <numerusform>%1 から証明書 %n 枚を発行しますか?</numerusform>
        </translation>
    </message>
    <message>
        <source>Issuance runs in the background. Each certificate is saved as soon as it is issued; if you cancel, the rest can be resumed later.</source>
        <translation>発行はバックグラウンドで行われます。証明書は1枚発行されるごとに保存されます。キャンセルした場合も、残りは後から再開できます。</translation>
    </message>
    <message>
        <source>Resume bulk job</source>
        <translation>一括発行ジョブの再開</translation>
    </message>
    <message numerus="yes">
        <source>Issue the %n pending certificate(s) of bulk job %1 (%2)?</source>
        <translation>
            <numerusform>一括発行ジョブ %1(%2)の未処理の証明書 %n 枚を発行しますか?</numerusform>
        </translation>
    </message>
    <message>
        <source>Issue many certificates from one %1 file: download the form (every user prefilled), mark %2 and one device per row in Excel, save it as CSV and choose it. If any row has a problem, nothing is issued.</source>
        <translation>1つの %1 ファイルから、多数の証明書をまとめて発行します。入力フォーム(全ユーザー記入済み)をダウンロードし、Excelで発行する行ごとに「%2」とデバイス1つに「○」を付け、CSV形式で保存してから選択してください。問題のある行が1行でもあると、証明書は1枚も発行されません。</translation>
    </message>
    <message>
        <source>&amp;Download form (%1)…</source>
        <translation>入力フォームをダウンロード(%1)(&amp;D)…</translation>
    </message>
    <message>
        <source>Create &amp;missing users</source>
        <translation>未登録のユーザーを作成する(&amp;M)</translation>
    </message>
    <message>
        <source>Login IDs that are not registered are added as new users with the values of the file</source>
        <translation>登録されていないログインIDは、ファイルの値で新規ユーザーとして追加されます</translation>
    </message>
    <message>
        <source>No file chosen.</source>
        <translation>ファイルが選択されていません。</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;Start issuing…</source>
        <translation>発行を開始(&amp;S)…</translation>
    </message>
    <message numerus="yes">
        <source>%n certificate(s) to issue</source>
        <translation>
            <numerusform>発行する証明書: %n 枚</numerusform>
        </translation>
    </message>
    <message>
        <source>New users: %1 · Certificate information to register: %2 · Rows skipped (%3 blank): %4</source>
        <translation>新規ユーザー: %1 人 · 登録する証明書情報: %2 件 · スキップする行(「%3」が空欄): %4 行</translation>
    </message>
    <message>
        <source>Cho&amp;ose file…</source>
        <translation>ファイルを選択(&amp;O)…</translation>
    </message>
</context>
<context>
    <name>certdesk::BulkPage</name>
    <message>
        <source>Bulk operations</source>
        <translation>一括処理</translation>
    </message>
    <message>
        <source>Bulk issuance</source>
        <translation>証明書の一括発行</translation>
    </message>
    <message>
        <source>Bulk revocation</source>
        <translation>CSV一括失効</translation>
    </message>
    <message>
        <source>Certificate download (ZIP)</source>
        <translation>証明書ダウンロード(ZIP)</translation>
    </message>
    <message>
        <source>Users CSV</source>
        <translation>ユーザーCSV</translation>
    </message>
</context>
<context>
    <name>certdesk::BulkRevokeSection</name>
    <message>
        <source>Choose the file of certificates to revoke</source>
        <translation>失効させる証明書のファイルを選択</translation>
    </message>
    <message>
        <source>Bulk revocation</source>
        <translation>CSV一括失効</translation>
    </message>
    <message>
        <source>Revoke %1 of %2?</source>
        <translation>%2の%1を失効させますか?</translation>
    </message>
    <message numerus="yes">
        <source>%n certificate(s)</source>
        <translation>
            <numerusform>証明書 %n 枚</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n user(s)</source>
        <translation>
            <numerusform>ユーザー %n 人</numerusform>
        </translation>
    </message>
    <message>
        <source>The devices with these certificates can no longer use the service. Revoking cannot be undone.</source>
        <translation>これらの証明書をインストールしているデバイスからは、サービスを利用できなくなります。失効は取り消せません。</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>失効理由: %1</translation>
    </message>
    <message numerus="yes">
        <source>Revoked %n certificate(s) from %1. Publish the CRL (CA &amp; revocation) so that the web service refuses them.</source>
        <translation>
            <numerusform>%1 に記載された証明書 %n 枚を失効させました。Webサービスでこれらの証明書が拒否されるよう、「CAと失効」画面でCRLを公開してください。</numerusform>
        </translation>
    </message>
    <message>
        <source>Revoke many certificates from a CSV file with one certificate per line: a serial number, a common name (the login ID: every certificate of that user that is not revoked), or a login ID and a device in two cells. If any line has a problem, nothing is revoked.</source>
        <translation>CSVファイルから、多数の証明書をまとめて失効させます。1行に1件ずつ、シリアル番号、コモンネーム(ログインID。そのユーザーの未失効の証明書すべてが対象)、またはログインIDとデバイス(2つのセルに分けて)を入力します。問題のある行が1行でもあると、失効処理は行われません。</translation>
    </message>
    <message>
        <source>No file chosen.</source>
        <translation>ファイルが選択されていません。</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 of %2 will be revoked:</source>
        <translation>%2の%1を失効させます:</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Login ID</source>
        <translation>ログインID</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>デバイス</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>シリアル番号</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>ステータス</translation>
    </message>
    <message>
        <source>When the certificates are revoked, the devices with them can no longer use the service.</source>
        <translation>証明書を失効させると、それらの証明書をインストールしているデバイスからはサービスを利用できなくなります。</translation>
    </message>
    <message>
        <source>Rea&amp;son:</source>
        <translation>失効理由(&amp;S):</translation>
    </message>
    <message>
        <source>Re&amp;marks for the history (optional):</source>
        <translation>操作履歴に記録する備考(任意)(&amp;M):</translation>
    </message>
    <message>
        <source>For example: employees who left in March</source>
        <translation>例: 3月の退職者</translation>
    </message>
    <message>
        <source>&amp;Revoke…</source>
        <translation>失効させる(&amp;R)…</translation>
    </message>
    <message>
        <source>Cho&amp;ose file…</source>
        <translation>ファイルを選択(&amp;O)…</translation>
    </message>
</context>
<context>
    <name>certdesk::BulkRunPanel</name>
    <message>
        <source>Cancelling… certificates already signed are still saved.</source>
        <translation>キャンセルしています… 署名済みの証明書は保存されます。</translation>
    </message>
    <message>
        <source>Preparing…</source>
        <translation>準備しています…</translation>
    </message>
    <message>
        <source>Issued %1 of %2 (%3 failed)</source>
        <translation>発行済み %1 / %2 件(失敗 %3 件)</translation>
    </message>
    <message numerus="yes">
        <source>, about %n s left</source>
        <translation>
            <numerusform>、残り約 %n 秒</numerusform>
        </translation>
    </message>
    <message>
        <source>The bulk job %1 stopped.</source>
        <translation>一括発行ジョブ %1 が停止しました。</translation>
    </message>
    <message>
        <source>The bulk job %1 stopped: %2 Rows not yet issued stay pending; resume the job under Unfinished jobs.</source>
        <translation>一括発行ジョブ %1 が停止しました: %2 未発行の行は未処理のまま残ります。「未完了のジョブ」からジョブを再開してください。</translation>
    </message>
    <message>
        <source>Bulk job %1 (%2): %3 issued, %4 failed.</source>
        <translation>一括発行ジョブ %1(%2): 発行 %3 件、失敗 %4 件。</translation>
    </message>
    <message numerus="yes">
        <source>Cancelled: %n row(s) not issued yet; resume the job under Unfinished jobs.</source>
        <translation>
            <numerusform>キャンセルしました。未発行の行が %n 行あります。「未完了のジョブ」からジョブを再開してください。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) not issued yet; resume the job under Unfinished jobs.</source>
        <translation>
            <numerusform>未発行の行が %n 行あります。「未完了のジョブ」からジョブを再開してください。</numerusform>
        </translation>
    </message>
    <message>
        <source>The rows below failed; issue them again with a corrected file or one by one.</source>
        <translation>以下の行は発行に失敗しました。修正したファイルで再度発行するか、1件ずつ発行してください。</translation>
    </message>
    <message>
        <source>The certificates are awaiting download.</source>
        <translation>発行した証明書はダウンロード待ちです。</translation>
    </message>
    <message>
        <source>Issuing the certificates of %1 (bulk job %2)</source>
        <translation>%1 の証明書を発行しています(一括発行ジョブ %2)</translation>
    </message>
    <message>
        <source>Bulk job %1 (%2)</source>
        <translation>一括発行ジョブ %1(%2)</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>キャンセル(&amp;C)</translation>
    </message>
    <message>
        <source>Stop after the rows in progress; the rest stays pending and can be resumed.</source>
        <translation>処理中の行が終わった時点で停止します。残りの行は未処理のまま残り、後から再開できます。</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Login ID</source>
        <translation>ログインID</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>デバイス</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>エラー</translation>
    </message>
</context>
<context>
    <name>certdesk::CaPage</name>
    <message>
        <source>CA &amp; revocation</source>
        <translation>CAと失効</translation>
    </message>
    <message>
        <source>This database has no CA yet. Create or import one.</source>
        <translation>このデータベースにはまだ認証局(CA)がありません。作成またはインポートしてください。</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1～%2</translation>
    </message>
    <message>
        <source>No CRL has been signed yet.</source>
        <translation>CRLはまだ署名されていません。</translation>
    </message>
    <message numerus="yes">
        <source>%n certificate(s)</source>
        <translation>
            <numerusform>%n 枚</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1(操作者: %2)</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>未公開</translation>
    </message>
    <message>
        <source>%1 — the published CRL has expired; publish it now.</source>
        <translation>%1 — 公開中のCRLは期限切れです。今すぐ公開してください。</translation>
    </message>
    <message>
        <source>Not chosen yet</source>
        <translation>未選択</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>未設定</translation>
    </message>
    <message>
        <source>Certificate authority</source>
        <translation>認証局(CA)</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名前:</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>サブジェクト:</translation>
    </message>
    <message>
        <source>Serial number:</source>
        <translation>シリアル番号:</translation>
    </message>
    <message>
        <source>Validity:</source>
        <translation>有効期間:</translation>
    </message>
    <message>
        <source>Key type:</source>
        <translation>鍵の種類:</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint:</source>
        <translation>SHA-256フィンガープリント:</translation>
    </message>
    <message>
        <source>CRL number:</source>
        <translation>CRL番号:</translation>
    </message>
    <message>
        <source>Create CA…</source>
        <translation>CAを作成…</translation>
    </message>
    <message>
        <source>Import CA…</source>
        <translation>CAをインポート…</translation>
    </message>
    <message>
        <source>Export CA certificate…</source>
        <translation>CA証明書をエクスポート…</translation>
    </message>
    <message>
        <source>Forget remembered passphrase</source>
        <translation>記憶したパスフレーズを削除</translation>
    </message>
    <message>
        <source>Remove the CA passphrase from this computer&apos;s keychain; it will be asked for again.</source>
        <translation>このコンピューターのキーチェーンからCAのパスフレーズを削除します。次回からは再度入力が必要になります。</translation>
    </message>
    <message>
        <source>Certificate revocation list (CRL)</source>
        <translation>証明書失効リスト(CRL)</translation>
    </message>
    <message>
        <source>Revoked:</source>
        <translation>失効した証明書:</translation>
    </message>
    <message>
        <source>Last published:</source>
        <translation>最終公開:</translation>
    </message>
    <message>
        <source>Next update:</source>
        <translation>次回更新:</translation>
    </message>
    <message>
        <source>Publish folder:</source>
        <translation>公開先フォルダー:</translation>
    </message>
    <message>
        <source>Publish CRL now…</source>
        <translation>今すぐCRLを公開…</translation>
    </message>
    <message>
        <source>Addresses written into certificates</source>
        <translation>証明書に記載するアドレス</translation>
    </message>
    <message>
        <source>CRL distribution point:</source>
        <translation>CRL配布ポイント:</translation>
    </message>
    <message>
        <source>OCSP responder:</source>
        <translation>OCSPレスポンダー:</translation>
    </message>
    <message>
        <source>CA issuers (AIA):</source>
        <translation>CA発行者(AIA):</translation>
    </message>
    <message>
        <source>Download portal:</source>
        <translation>ダウンロードポータル:</translation>
    </message>
    <message>
        <source>These addresses are set on the Settings screen.</source>
        <translation>これらのアドレスは「設定」画面で設定します。</translation>
    </message>
    <message>
        <source>Replace the CA</source>
        <translation>CAの置き換え</translation>
    </message>
    <message>
        <source>Created the CA &quot;%1&quot;.</source>
        <translation>認証局(CA)「%1」を作成しました。</translation>
    </message>
    <message>
        <source>Imported the CA &quot;%1&quot;.</source>
        <translation>認証局(CA)「%1」をインポートしました。</translation>
    </message>
    <message>
        <source>Keychain</source>
        <translation>キーチェーン</translation>
    </message>
    <message>
        <source>Choose the folder to publish the CRL to</source>
        <translation>CRLの公開先フォルダーを選択</translation>
    </message>
    <message>
        <source>Publish CRL</source>
        <translation>CRLの公開</translation>
    </message>
    <message numerus="yes">
        <source>Published CRL number %1 with %n revoked certificate(s) to %2. Next update: %3.</source>
        <translation>
            <numerusform>CRL番号 %1(失効した証明書 %n 枚)を %2 に公開しました。次回更新は %3 です。</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the CA certificate</source>
        <translation>CA証明書のエクスポート</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt)</source>
        <translation>PEM形式の証明書 (*.pem *.crt)</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; cannot be written: %2</source>
        <translation>ファイル「%1」に書き込めません: %2</translation>
    </message>
    <message>
        <source>Saved the CA certificate to %1.</source>
        <translation>CA証明書を %1 に保存しました。</translation>
    </message>
    <message>
        <source>Remove the passphrase of the CA &quot;%1&quot; from this computer&apos;s keychain? It will be asked for the next time a certificate or CRL is signed.</source>
        <translation>このコンピューターのキーチェーンから認証局(CA)「%1」のパスフレーズを削除しますか? 次に証明書やCRLに署名するときに、パスフレーズの入力が必要になります。</translation>
    </message>
    <message>
        <source>The passphrase is no longer remembered on this computer.</source>
        <translation>パスフレーズはこのコンピューターに記憶されなくなりました。</translation>
    </message>
    <message>
        <source>This computer only: given when this program was started.</source>
        <translation>このコンピューターのみ: このプログラムの起動時に指定されています。</translation>
    </message>
    <message>
        <source>This computer only, kept in %1 (not in the database).</source>
        <translation>このコンピューターのみ。%1 に保存されます(データベースには保存されません)。</translation>
    </message>
    <message>
        <source>A CRL folder or command stored in the database by an older version is ignored.</source>
        <translation>以前のバージョンがデータベースに保存したCRLの公開フォルダーやコマンドは無視されます。</translation>
    </message>
    <message>
        <source>This database already has the CA &quot;%1&quot;. The new CA will sign all new certificates; &quot;%1&quot; keeps signing its own CRL while any of its certificates is unexpired, so its passphrase must stay available to CertDesk. Devices must trust the new CA certificate.

Create a new CA anyway?</source>
        <translation>このデータベースにはすでにCA「%1」があります。今後の証明書はすべて新しいCAが署名します。「%1」は、発行した証明書に有効期限内のものが残っている間、自分のCRLに署名し続けるため、そのパスフレーズをCertDeskで使える状態にしておく必要があります。デバイスには新しいCA証明書を信頼させる必要があります。

それでも新しいCAを作成しますか?</translation>
    </message>
    <message>
        <source>This database already has the CA &quot;%1&quot;. The imported CA will sign all new certificates; &quot;%1&quot; keeps signing its own CRL while any of its certificates is unexpired, so its passphrase must stay available to CertDesk. Devices must trust the imported CA certificate.

Import a CA anyway?</source>
        <translation>このデータベースにはすでにCA「%1」があります。今後の証明書はすべてインポートしたCAが署名します。「%1」は、発行した証明書に有効期限内のものが残っている間、自分のCRLに署名し続けるため、そのパスフレーズをCertDeskで使える状態にしておく必要があります。デバイスにはインポートしたCA証明書を信頼させる必要があります。

それでもCAをインポートしますか?</translation>
    </message>
</context>
<context>
    <name>certdesk::CaSetupDialog</name>
    <message>
        <source>Create a CA</source>
        <translation>認証局(CA)の作成</translation>
    </message>
    <message>
        <source>Import a CA</source>
        <translation>認証局(CA)のインポート</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>作成</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>インポート</translation>
    </message>
</context>
<context>
    <name>certdesk::CaSetupWidget</name>
    <message>
        <source>The file &quot;%1&quot; cannot be read: %2</source>
        <translation>ファイル「%1」を読み込めません: %2</translation>
    </message>
    <message>
        <source>Enter a name for the CA.</source>
        <translation>認証局(CA)の名前を入力してください。</translation>
    </message>
    <message>
        <source>Choose the CA file to import (PEM or PKCS#12).</source>
        <translation>インポートするCAのファイル(PEMまたはPKCS#12)を選択してください。</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; does not exist.</source>
        <translation>ファイル「%1」が見つかりません。</translation>
    </message>
    <message>
        <source>The key file &quot;%1&quot; does not exist.</source>
        <translation>鍵ファイル「%1」が見つかりません。</translation>
    </message>
    <message>
        <source>Enter the passphrase that protects the CA key.</source>
        <translation>CAの秘密鍵を保護するパスフレーズを入力してください。</translation>
    </message>
    <message>
        <source>The passphrase and its confirmation differ.</source>
        <translation>パスフレーズと確認用のパスフレーズが一致しません。</translation>
    </message>
    <message>
        <source>The passphrase was not remembered: this computer has no keychain available.</source>
        <translation>このコンピューターではキーチェーンを利用できないため、パスフレーズは記憶されませんでした。</translation>
    </message>
    <message>
        <source>The passphrase could not be remembered on this computer: %1</source>
        <translation>パスフレーズをこのコンピューターに記憶できませんでした: %1</translation>
    </message>
    <message>
        <source>Choose the CA private key</source>
        <translation>CAの秘密鍵を選択</translation>
    </message>
    <message>
        <source>PEM keys (*.pem *.key);;All files (*)</source>
        <translation>PEM形式の鍵 (*.pem *.key);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Choose the CA to import</source>
        <translation>インポートするCAを選択</translation>
    </message>
    <message>
        <source>CA files (*.pem *.crt *.p12 *.pfx);;All files (*)</source>
        <translation>CAファイル (*.pem *.crt *.p12 *.pfx);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Create a new root CA. Client certificates are signed with it; its key is stored encrypted with the passphrase below.</source>
        <translation>新しいルート認証局(CA)を作成します。クライアント証明書はこのCAで署名されます。CAの秘密鍵は、下のパスフレーズで暗号化して保存されます。</translation>
    </message>
    <message>
        <source>Import an existing CA or intermediate CA with its chain and private key, from PEM files or a PKCS#12 file. Its key is stored encrypted with the passphrase below.</source>
        <translation>既存の認証局(CA)または中間CAを、証明書チェーンと秘密鍵とともに、PEMファイルまたはPKCS#12ファイルからインポートします。CAの秘密鍵は、下のパスフレーズで暗号化して保存されます。</translation>
    </message>
    <message>
        <source>CA &amp;name:</source>
        <translation>CAの名前(&amp;N):</translation>
    </message>
    <message>
        <source>e.g. Example Corp Device CA</source>
        <translation>例: Example Corp Device CA</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>組織名(&amp;O):</translation>
    </message>
    <message>
        <source>&amp;Key type:</source>
        <translation>鍵の種類(&amp;K):</translation>
    </message>
    <message>
        <source>ECDSA P-384 (recommended)</source>
        <translation>ECDSA P-384(推奨)</translation>
    </message>
    <message>
        <source>RSA 3072</source>
        <translation>RSA 3072</translation>
    </message>
    <message>
        <source>CA &amp;file:</source>
        <translation>CAファイル(&amp;F):</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>参照…</translation>
    </message>
    <message>
        <source>Separate &amp;key file:</source>
        <translation>別の鍵ファイル(&amp;K):</translation>
    </message>
    <message>
        <source>Optional, when the key is not in the CA file</source>
        <translation>秘密鍵がCAファイルに含まれていない場合のみ指定</translation>
    </message>
    <message>
        <source>&amp;Import password:</source>
        <translation>インポート用パスワード(&amp;I):</translation>
    </message>
    <message>
        <source>Password of the PKCS#12 file or of the encrypted key</source>
        <translation>PKCS#12ファイルまたは暗号化された鍵のパスワード</translation>
    </message>
    <message>
        <source>CA &amp;passphrase:</source>
        <translation>CAのパスフレーズ(&amp;P):</translation>
    </message>
    <message>
        <source>At least 8 characters</source>
        <translation>8文字以上</translation>
    </message>
    <message>
        <source>&amp;Confirm passphrase:</source>
        <translation>パスフレーズの確認(&amp;C):</translation>
    </message>
    <message>
        <source>&amp;Remember the passphrase on this computer (OS keychain)</source>
        <translation>パスフレーズをこのコンピューターに記憶する(OSのキーチェーン)(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Validity in years:</source>
        <translation>有効期間(年)(&amp;V):</translation>
    </message>
</context>
<context>
    <name>certdesk::CaWizardPage</name>
    <message>
        <source>The database is not open. Go back and choose it again.</source>
        <translation>データベースが開かれていません。前の画面に戻って、もう一度選択してください。</translation>
    </message>
    <message>
        <source>The database has no CA.</source>
        <translation>データベースに認証局(CA)がありません。</translation>
    </message>
    <message>
        <source>Certificate authority</source>
        <translation>認証局(CA)</translation>
    </message>
    <message>
        <source>&amp;Import an existing CA</source>
        <translation>既存のCAをインポートする(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Keep the existing CA &quot;%1&quot;</source>
        <translation>既存のCA「%1」を引き続き使用する(&amp;K)</translation>
    </message>
    <message>
        <source>The CA signs every device certificate and the revocation list.</source>
        <translation>CAはすべての端末証明書と証明書失効リスト(CRL)に署名します。</translation>
    </message>
    <message>
        <source>Keep the CA passphrase safe: without it no certificate can be issued and no revocation list signed.</source>
        <translation>CAのパスフレーズは大切に保管してください。パスフレーズがないと、証明書の発行も証明書失効リスト(CRL)への署名もできません。</translation>
    </message>
    <message>
        <source>Create a ne&amp;w CA</source>
        <translation>新しいCAを作成する(&amp;W)</translation>
    </message>
</context>
<context>
    <name>certdesk::CertificatePanel</name>
    <message>
        <source>Issue</source>
        <translation>発行</translation>
    </message>
    <message>
        <source>Register the certificate information first.</source>
        <translation>先に証明書情報を登録してください。</translation>
    </message>
    <message>
        <source>Re-issue this slot with the previous device, address and remarks.</source>
        <translation>前回のデバイス、通知先メールアドレス、備考を引き継いで、この枠に再発行します(失効・再発行)。</translation>
    </message>
    <message>
        <source>Issue a certificate in slot %1.</source>
        <translation>枠 %1 に証明書を発行します。</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>失効</translation>
    </message>
    <message>
        <source>Revoke the certificate in slot %1; the device can then no longer use the service.</source>
        <translation>枠 %1 の証明書を失効させます。失効後、そのデバイスからはサービスを利用できなくなります。</translation>
    </message>
    <message>
        <source>The certificate in slot %1 was revoked. Publish the CRL on the CA &amp; revocation screen so that servers refuse the device.</source>
        <translation>枠 %1 の証明書を失効させました。サーバーがこのデバイスを拒否するよう、「CAと失効」画面でCRLを公開してください。</translation>
    </message>
    <message>
        <source>The certificate information was registered. Certificates can now be issued.</source>
        <translation>証明書情報を登録しました。証明書を発行できるようになりました。</translation>
    </message>
    <message numerus="yes">
        <source>The certificate information was deleted and %n certificate(s) were revoked. Publish the CRL on the CA &amp; revocation screen so that servers refuse the devices.</source>
        <translation>
            <numerusform>証明書情報を削除し、証明書 %n 枚を失効させました。サーバーがこれらのデバイスを拒否するよう、「CAと失効」画面でCRLを公開してください。</numerusform>
        </translation>
    </message>
    <message>
        <source>The certificate information was deleted. It can now be registered again.</source>
        <translation>証明書情報を削除しました。証明書情報を再度登録できます。</translation>
    </message>
    <message>
        <source>Certificate information</source>
        <translation>証明書情報</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>ユーザー:</translation>
    </message>
    <message>
        <source>Family name:</source>
        <translation>氏名(姓):</translation>
    </message>
    <message>
        <source>Given name:</source>
        <translation>氏名(名):</translation>
    </message>
    <message>
        <source>Furigana (family name):</source>
        <translation>氏名(姓)フリガナ:</translation>
    </message>
    <message>
        <source>Furigana (given name):</source>
        <translation>氏名(名)フリガナ:</translation>
    </message>
    <message>
        <source>Family name in English:</source>
        <translation>氏名(姓)英語表記:</translation>
    </message>
    <message>
        <source>Given name in English:</source>
        <translation>氏名(名)英語表記:</translation>
    </message>
    <message>
        <source>No user selected. Choose a user in the list.</source>
        <translation>ユーザーが選択されていません。一覧からユーザーを選択してください。</translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt;</source>
        <translation>%1 &lt;%2&gt;</translation>
    </message>
    <message>
        <source>Certificate authentication: on</source>
        <translation>証明書認証: 利用する</translation>
    </message>
    <message>
        <source>Certificate authentication: off</source>
        <translation>証明書認証: 利用しない</translation>
    </message>
    <message>
        <source>Not registered</source>
        <translation>未登録</translation>
    </message>
    <message>
        <source>Registered information cannot be changed. To change it, delete the information and register it again.</source>
        <translation>登録済みの情報は変更できません。変更するには、情報を削除してから再度登録してください。</translation>
    </message>
    <message>
        <source>The certificate information is not registered. Register it before issuing certificates.</source>
        <translation>証明書情報が登録されていません。証明書を発行する前に登録してください。</translation>
    </message>
    <message>
        <source>Register information…</source>
        <translation>情報登録…</translation>
    </message>
    <message>
        <source>Delete information…</source>
        <translation>情報削除…</translation>
    </message>
    <message numerus="yes">
        <source>A user can have up to %n certificate(s).</source>
        <translation>
            <numerusform>1ユーザーにつき %n 枚まで証明書を発行できます。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>certdesk::ChangeFeed</name>
    <message>
        <source>The live view cannot reach the database %1</source>
        <translation>自動更新のためにデータベース %1 に接続できません</translation>
    </message>
    <message>
        <source>The live view cannot listen to the database %1</source>
        <translation>自動更新のためにデータベース %1 の変更通知を受け取れません</translation>
    </message>
    <message>
        <source>The live view lost the connection to the database %1</source>
        <translation>自動更新用のデータベース %1 との接続が切れました</translation>
    </message>
    <message>
        <source>no answer from the server</source>
        <translation>サーバーから応答がありません</translation>
    </message>
</context>
<context>
    <name>certdesk::ChangePasswordDialog</name>
    <message>
        <source>Change password</source>
        <translation>パスワード変更</translation>
    </message>
    <message>
        <source>%1, your password was set by an administrator. Choose your own password before you continue.</source>
        <translation>%1 さん、現在のパスワードは管理者が設定したものです。続ける前にご自身のパスワードに変更してください。</translation>
    </message>
    <message>
        <source>Change the password of %1.</source>
        <translation>%1 のパスワードを変更します。</translation>
    </message>
    <message>
        <source>Current password:</source>
        <translation>現在のパスワード:</translation>
    </message>
    <message>
        <source>&amp;Change password</source>
        <translation>パスワードを変更(&amp;C)</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>ログアウト(&amp;O)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
</context>
<context>
    <name>certdesk::CsvProblemTable</name>
    <message>
        <source>Line</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>値</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>問題</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) in %1 — nothing was issued.</source>
        <translation>
            <numerusform>%1 に %n 件の問題があります — 証明書は発行されていません。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) in %1 — nothing was revoked.</source>
        <translation>
            <numerusform>%1 に %n 件の問題があります — 失効処理は行われていません。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) in %1 — nothing was imported.</source>
        <translation>
            <numerusform>%1 に %n 件の問題があります — インポートは行われていません。</numerusform>
        </translation>
    </message>
    <message>
        <source>Correct the file and choose it again.</source>
        <translation>ファイルを修正して、もう一度選択してください。</translation>
    </message>
</context>
<context>
    <name>certdesk::DashboardStrip</name>
    <message>
        <source>Users</source>
        <translation>ユーザー</translation>
    </message>
    <message>
        <source>Active certificates</source>
        <translation>有効な証明書</translation>
    </message>
    <message>
        <source>Awaiting download</source>
        <translation>ダウンロード待ち</translation>
    </message>
    <message>
        <source>Expiring within 30 days</source>
        <translation>30日以内に期限切れ</translation>
    </message>
    <message>
        <source>Publish CRL</source>
        <translation>CRLの公開</translation>
    </message>
    <message>
        <source>Publish CRL now</source>
        <translation>今すぐCRLを公開</translation>
    </message>
    <message>
        <source>Sign and publish a new certificate revocation list (asks for the CA passphrase when the CA is locked).</source>
        <translation>新しい証明書失効リスト(CRL)に署名して公開します(CAがロックされている場合は、CAのパスフレーズの入力を求めます)。</translation>
    </message>
    <message>
        <source>Contracted</source>
        <translation>契約数</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>発行数</translation>
    </message>
    <message>
        <source>Remaining</source>
        <translation>追加発行可能数</translation>
    </message>
    <message>
        <source>The contracted number of certificates (Settings → General). Issued counts the active certificates: not revoked and not expired. Issuing past the contracted number is refused.</source>
        <translation>契約している証明書の数です（「設定」→「全般」）。発行数は有効な証明書（失効も期限切れもしていないもの）の数です。契約数を超える発行はできません。</translation>
    </message>
</context>
<context>
    <name>certdesk::DatabaseWizardPage</name>
    <message>
        <source>&quot;%1&quot; is a folder. Enter the path of a database file.</source>
        <translation>「%1」はフォルダーです。データベースファイルのパスを入力してください。</translation>
    </message>
    <message>
        <source>The folder &quot;%1&quot; cannot be created.</source>
        <translation>フォルダー「%1」を作成できません。</translation>
    </message>
    <message>
        <source>The database cannot be opened: %1</source>
        <translation>データベースを開けません: %1</translation>
    </message>
    <message>
        <source>Database file</source>
        <translation>データベースファイル</translation>
    </message>
    <message>
        <source>CertDesk databases (*.db);;All files (*)</source>
        <translation>CertDeskデータベース (*.db);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>The connection failed: %1</source>
        <translation>接続できませんでした: %1</translation>
    </message>
    <message>
        <source>Connected to %1.</source>
        <translation>%1 に接続しました。</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>データベース</translation>
    </message>
    <message>
        <source>Where CertDesk keeps users, certificates and the operation history.</source>
        <translation>CertDeskがユーザー、証明書、操作履歴を保存する場所です。</translation>
    </message>
    <message>
        <source>A local file is right for one administrator&apos;s computer. Choose a PostgreSQL server when several administrators work on the same data.</source>
        <translation>管理者が1人の場合は、このコンピューター上のファイルが適しています。複数の管理者が同じデータを扱う場合は、PostgreSQLサーバーを選択してください。</translation>
    </message>
    <message>
        <source>&amp;Local database file</source>
        <translation>ローカルのデータベースファイル(&amp;L)</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>参照…</translation>
    </message>
    <message>
        <source>&amp;PostgreSQL server</source>
        <translation>PostgreSQLサーバー(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>接続テスト(&amp;T)</translation>
    </message>
    <message>
        <source>The password can be part of the address or come from the PGPASSWORD environment variable or the .pgpass file.</source>
        <translation>パスワードはアドレスに含めるか、環境変数 PGPASSWORD または .pgpass ファイルで指定できます。</translation>
    </message>
    <message>
        <source>Unencrypted database connection</source>
        <translation>暗号化されていないデータベース接続</translation>
    </message>
    <message>
        <source>Continue without encryption?</source>
        <translation>暗号化せずに続けますか？</translation>
    </message>
    <message>
        <source>Root certificate of the PostgreSQL server</source>
        <translation>PostgreSQL サーバーのルート証明書</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>証明書 (*.pem *.crt *.cer);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Connected to %1. The connection is encrypted (TLS).</source>
        <translation>%1 に接続しました。接続は暗号化されています（TLS）。</translation>
    </message>
    <message>
        <source>The connection failed: %1

PostgreSQL said: %2</source>
        <translation>接続できませんでした: %1

PostgreSQL からのメッセージ: %2</translation>
    </message>
    <message>
        <source>Warning: the connection to the database is not encrypted. Users, certificates and the history cross the network readable and changeable by anyone on the way. To fix it, turn on ssl in the server&apos;s postgresql.conf, accept this user only on &quot;hostssl&quot; lines in pg_hba.conf, and choose the TLS mode verify-full with the root certificate of the CA that signed the server&apos;s certificate.</source>
        <translation>警告: データベースとの接続は暗号化されていません。ユーザー、証明書、操作履歴が、経路上の誰にでも読み取り・改ざんできる状態でネットワークを流れます。サーバーの postgresql.conf で ssl を有効にし、pg_hba.conf ではこのユーザーを「hostssl」の行だけで受け付け、TLS モードに verify-full とサーバー証明書に署名した CA のルート証明書を指定してください。</translation>
    </message>
    <message>
        <source>TLS &amp;mode:</source>
        <translation>TLS モード(&amp;M):</translation>
    </message>
    <message>
        <source>disable — never encrypted</source>
        <translation>disable — 暗号化しない</translation>
    </message>
    <message>
        <source>allow — encrypted only when the server insists</source>
        <translation>allow — サーバーが求めたときだけ暗号化</translation>
    </message>
    <message>
        <source>prefer — encrypted when the server offers it; the server is not checked</source>
        <translation>prefer — サーバーが対応していれば暗号化（サーバーは確認しない）</translation>
    </message>
    <message>
        <source>require — always encrypted; the server is not checked</source>
        <translation>require — 常に暗号化（サーバーは確認しない）</translation>
    </message>
    <message>
        <source>verify-ca — encrypted; the server&apos;s certificate is checked against the root certificate</source>
        <translation>verify-ca — 暗号化し、サーバー証明書をルート証明書で確認</translation>
    </message>
    <message>
        <source>verify-full — encrypted; the certificate and the host name are checked (recommended)</source>
        <translation>verify-full — 暗号化し、証明書とホスト名を確認（推奨）</translation>
    </message>
    <message>
        <source>How CertDesk protects its connection to PostgreSQL (libpq&apos;s sslmode). Choose verify-full with the root certificate of the CA that signed the server&apos;s certificate: only then is the connection both encrypted and known to reach your server. Choosing a root certificate selects verify-full. Without one CertDesk uses prefer: encrypted when the server offers TLS, but an impostor on the network would not be noticed.</source>
        <translation>CertDesk が PostgreSQL との接続をどう保護するか（libpq の sslmode）。サーバー証明書に署名した CA のルート証明書を指定して verify-full を選んでください。そうして初めて、接続が暗号化され、かつ本物のサーバーにつながっていることが確認できます。ルート証明書を選ぶと verify-full になります。指定しない場合は prefer になり、サーバーが TLS に対応していれば暗号化されますが、ネットワーク上のなりすましには気付けません。</translation>
    </message>
    <message>
        <source>&amp;Root certificate:</source>
        <translation>ルート証明書(&amp;R):</translation>
    </message>
    <message>
        <source>PEM file of the CA that signed the server&apos;s certificate</source>
        <translation>サーバー証明書に署名した CA の PEM ファイル</translation>
    </message>
</context>
<context>
    <name>certdesk::DevicePolicyTable</name>
    <message>
        <source>Device</source>
        <translation>デバイス</translation>
    </message>
    <message>
        <source>PKCS#12 profile</source>
        <translation>PKCS#12プロファイル</translation>
    </message>
    <message>
        <source>Key type</source>
        <translation>鍵の種類</translation>
    </message>
    <message>
        <source>Mail attachment</source>
        <translation>メール添付</translation>
    </message>
    <message>
        <source>Send the certificate file to the user as a mail attachment</source>
        <translation>証明書ファイルをメールに添付してユーザーに送信します</translation>
    </message>
</context>
<context>
    <name>certdesk::FirstRunWizard</name>
    <message>
        <source>CertDesk — first start</source>
        <translation>CertDesk — 初回セットアップ</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; 戻る(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>次へ(&amp;N) &gt;</translation>
    </message>
    <message>
        <source>&amp;Set up</source>
        <translation>セットアップ(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>完了(&amp;F)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
</context>
<context>
    <name>certdesk::HistoryModel</name>
    <message>
        <source>Date and time</source>
        <translation>日時</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>操作者名</translation>
    </message>
    <message>
        <source>Target user</source>
        <translation>対象ユーザー</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>デバイス</translation>
    </message>
    <message>
        <source>Notification address</source>
        <translation>通知先メールアドレス</translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation>備考</translation>
    </message>
    <message>
        <source>IP address / host</source>
        <translation>IPアドレス/ホスト</translation>
    </message>
    <message>
        <source>User agent</source>
        <translation>ユーザーエージェント</translation>
    </message>
</context>
<context>
    <name>certdesk::HistoryPage</name>
    <message>
        <source>Operation history</source>
        <translation>操作履歴</translation>
    </message>
    <message>
        <source>All operations</source>
        <translation>すべての操作</translation>
    </message>
    <message numerus="yes">
        <source>%n operation(s) from %1 to %2</source>
        <translation>
            <numerusform>%1～%2 の操作: %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n operation(s) on %1</source>
        <translation>
            <numerusform>%1 の操作: %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt; Previous day</source>
        <translation>&lt; 前日</translation>
    </message>
    <message>
        <source>Next day &gt;</source>
        <translation>翌日 &gt;</translation>
    </message>
    <message>
        <source>The history of the last month is shown day by day. Use a date range for older entries.</source>
        <translation>過去1か月の履歴を日単位で表示します。それより前の履歴は、期間を指定して表示してください。</translation>
    </message>
    <message>
        <source>Date range</source>
        <translation>期間を指定</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>開始日(&amp;F):</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>終了日(&amp;T):</translation>
    </message>
    <message>
        <source>O&amp;peration:</source>
        <translation>操作(&amp;P):</translation>
    </message>
    <message>
        <source>Op&amp;erator:</source>
        <translation>操作者名(&amp;E):</translation>
    </message>
    <message>
        <source>Exact operator name</source>
        <translation>操作者名を正確に入力</translation>
    </message>
    <message>
        <source>Te&amp;xt:</source>
        <translation>キーワード(&amp;X):</translation>
    </message>
    <message>
        <source>User, device, address, remarks or details</source>
        <translation>ユーザー、デバイス、アドレス、備考、詳細</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>絞り込みを解除</translation>
    </message>
    <message>
        <source>Yearly export:</source>
        <translation>年単位のファイル出力:</translation>
    </message>
    <message>
        <source>Export year…</source>
        <translation>ファイル出力…</translation>
    </message>
    <message>
        <source>Save every operation of the chosen year as certificate-history-YYYY.csv.</source>
        <translation>選択した年のすべての操作を certificate-history-YYYY.csv として保存します。</translation>
    </message>
    <message>
        <source>Export the history of %1</source>
        <translation>%1年の操作履歴のファイル出力</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSVファイル (*.csv)</translation>
    </message>
    <message>
        <source>Exporting the history of %1…</source>
        <translation>%1年の操作履歴を出力しています…</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n operation(s) of %1 to %2.</source>
        <translation>
            <numerusform>%1年の操作履歴 %n 件を %2 に出力しました。</numerusform>
        </translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; cannot be written: %2</source>
        <translation>ファイル「%1」に書き込めません: %2</translation>
    </message>
    <message>
        <source>Verify history</source>
        <translation>操作履歴を検証</translation>
    </message>
    <message>
        <source>Check the hash chain and every checkpoint signed with the CA key.</source>
        <translation>ハッシュチェーンと、CA鍵で署名されたすべてのチェックポイントを確認します。</translation>
    </message>
    <message>
        <source>Verify with anchor file…</source>
        <translation>アンカーファイルで検証…</translation>
    </message>
    <message>
        <source>Anchor file</source>
        <translation>アンカーファイル</translation>
    </message>
    <message>
        <source>Anchor files (*.txt *.anchor);;All files (*)</source>
        <translation>アンカーファイル (*.txt *.anchor);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>The anchor file &quot;%1&quot; cannot be read.</source>
        <translation>アンカーファイル「%1」を読み込めません。</translation>
    </message>
    <message>
        <source>Verifying the history…</source>
        <translation>操作履歴を検証しています…</translation>
    </message>
    <message>
        <source>The history is intact.</source>
        <translation>操作履歴は改ざんされていません。</translation>
    </message>
    <message>
        <source>The history was tampered with: %1</source>
        <translation>操作履歴が改ざんされています: %1</translation>
    </message>
    <message>
        <source>Also check every line of an anchor file (chain heads recorded outside the database, for example by a scheduled task).</source>
        <translation>アンカーファイル（データベースの外に記録したチェーンの先頭。例: スケジュールされたタスクで記録したもの）のすべての行も確認します。</translation>
    </message>
    <message numerus="yes">
        <source>%n or more operation(s); counting all of them…</source>
        <translation>
            <numerusform>操作: %n 件以上（すべての件数を数えています…）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n or more operation(s); the database could not count all of them.</source>
        <translation>
            <numerusform>操作: %n 件以上（データベースがすべての件数を数えられませんでした）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>certdesk::IdentityDialog</name>
    <message>
        <source>Family name</source>
        <translation>氏名(姓)</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>氏名(名)</translation>
    </message>
    <message>
        <source>Furigana (family name)</source>
        <translation>氏名(姓)フリガナ</translation>
    </message>
    <message>
        <source>Furigana (given name)</source>
        <translation>氏名(名)フリガナ</translation>
    </message>
    <message>
        <source>Family name in English</source>
        <translation>氏名(姓)英語表記</translation>
    </message>
    <message>
        <source>Given name in English</source>
        <translation>氏名(名)英語表記</translation>
    </message>
    <message>
        <source>Register certificate information</source>
        <translation>証明書情報の登録</translation>
    </message>
    <message>
        <source>Delete certificate information</source>
        <translation>証明書情報の削除</translation>
    </message>
    <message numerus="yes">
        <source>Delete the certificate information of %1?

This revokes all %n certificate(s) of %1; their devices can no longer use the service. The information can then be registered again.</source>
        <translation>
            <numerusform>%1 の証明書情報を削除しますか?

%1 の証明書 %n 枚がすべて失効し、それらのデバイスからはサービスを利用できなくなります。削除後、証明書情報を再度登録できます。</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete the certificate information of %1?

The user has no certificate in use. The information can then be registered again.</source>
        <translation>%1 の証明書情報を削除しますか?

このユーザーには失効させる証明書はありません。削除後、証明書情報を再度登録できます。</translation>
    </message>
    <message>
        <source>Certificate information of %1. The names go into the user&apos;s certificates.</source>
        <translation>%1 の証明書情報です。ここで入力した氏名は、このユーザーの証明書に記載されます。</translation>
    </message>
    <message>
        <source>&amp;Family name:</source>
        <translation>氏名(姓)(&amp;F):</translation>
    </message>
    <message>
        <source>&amp;Given name:</source>
        <translation>氏名(名)(&amp;G):</translation>
    </message>
    <message>
        <source>F&amp;urigana (family name):</source>
        <translation>氏名(姓)フリガナ(&amp;U):</translation>
    </message>
    <message>
        <source>Fur&amp;igana (given name):</source>
        <translation>氏名(名)フリガナ(&amp;I):</translation>
    </message>
    <message>
        <source>Family name in &amp;English:</source>
        <translation>氏名(姓)英語表記(&amp;E):</translation>
    </message>
    <message>
        <source>Given name in Eng&amp;lish:</source>
        <translation>氏名(名)英語表記(&amp;L):</translation>
    </message>
    <message>
        <source>Full-width katakana</source>
        <translation>全角カタカナで入力</translation>
    </message>
    <message>
        <source>All six fields are required. Hiragana typed into the furigana fields becomes katakana.</source>
        <translation>6項目すべてが必須です。フリガナ欄に入力したひらがなは、カタカナに変換されます。</translation>
    </message>
    <message>
        <source>The following information will be registered for %1. Check what you entered.</source>
        <translation>%1 に以下の内容で情報を登録します。入力した内容を確認してください。</translation>
    </message>
    <message>
        <source>Registered information cannot be changed. To change it, delete the information (this revokes all certificates of the user) and register it again.</source>
        <translation>登録した情報は変更できません。変更するには、情報を削除してから(このユーザーの証明書はすべて失効します)、再度登録してください。</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>戻る(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>次へ(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Register</source>
        <translation>登録(&amp;R)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Half-width letters, filled in from the furigana</source>
        <translation>半角英字(フリガナから自動入力)</translation>
    </message>
</context>
<context>
    <name>certdesk::IssueDialog</name>
    <message>
        <source>%1 &lt;%2&gt;</source>
        <translation>%1 &lt;%2&gt;</translation>
    </message>
    <message>
        <source>The notification address is required.</source>
        <translation>通知先メールアドレスを入力してください。</translation>
    </message>
    <message>
        <source>The two passwords do not match.</source>
        <translation>2回入力した秘密の鍵が一致しません。</translation>
    </message>
    <message>
        <source>Issue certificate</source>
        <translation>証明書の発行</translation>
    </message>
    <message>
        <source>About this device: %1</source>
        <translation>このデバイスについて: %1</translation>
    </message>
    <message>
        <source>Cannot write &quot;%1&quot;: %2</source>
        <translation>「%1」に書き込めません: %2</translation>
    </message>
    <message>
        <source>Save the certificate</source>
        <translation>証明書の保存</translation>
    </message>
    <message>
        <source>PKCS#12 files (*.p12 *.pfx);;All files (*)</source>
        <translation>PKCS#12ファイル (*.p12 *.pfx);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>The lowest free slot</source>
        <translation>空いている最初の枠</translation>
    </message>
    <message>
        <source>Re-issue certificate</source>
        <translation>証明書の失効・再発行</translation>
    </message>
    <message>
        <source>Re-issue slot %1 of %2. The device, address and remarks of the revoked certificate are filled in; change them if needed.</source>
        <translation>%2 の枠 %1 に証明書を再発行します。失効した証明書のデバイス、通知先メールアドレス、備考が入力されています。必要に応じて変更してください。</translation>
    </message>
    <message>
        <source>Issue a certificate for %1 in slot %2.</source>
        <translation>%1 の枠 %2 に証明書を発行します。</translation>
    </message>
    <message>
        <source>Issue a certificate for %1.</source>
        <translation>%1 に証明書を発行します。</translation>
    </message>
    <message>
        <source>The certificate will be issued with these values. Check them, then choose Issue.</source>
        <translation>以下の内容で証明書を発行します。内容を確認して「発行」を選択してください。</translation>
    </message>
    <message>
        <source>Set by you</source>
        <translation>自分で設定</translation>
    </message>
    <message>
        <source>Generated automatically; shown once after issuing</source>
        <translation>自動生成(発行後に一度だけ表示されます)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(なし)</translation>
    </message>
    <message>
        <source>The certificate was issued to %1 in slot %2.</source>
        <translation>%1 の枠 %2 に証明書を発行しました。</translation>
    </message>
    <message>
        <source>Not saved yet. Suggested file name: %1</source>
        <translation>まだ保存されていません。推奨ファイル名: %1</translation>
    </message>
    <message>
        <source>Saved to %1 (readable only by you).</source>
        <translation>%1 に保存しました(あなただけが読み取れます)。</translation>
    </message>
    <message>
        <source>A download request to %1 is queued.</source>
        <translation>%1 宛ての証明書ダウンロード依頼を送信キューに追加します。</translation>
    </message>
    <message>
        <source>A download request to %1 is queued, and the key password in a separate mail.</source>
        <translation>%1 宛ての証明書ダウンロード依頼と、別メールで秘密の鍵を送信キューに追加します。</translation>
    </message>
    <message>
        <source>Copied to the clipboard, which is cleared again after one minute. The password is shown only once; CertDesk keeps it only encrypted until the certificate is downloaded.</source>
        <translation>クリップボードにコピーしました(1分後に消去されます)。パスワードが表示されるのは今回だけです。CertDeskは、証明書がダウンロードされるまで暗号化した状態でのみ保持します。</translation>
    </message>
    <message>
        <source>The generated key password is shown only now; CertDesk keeps it only encrypted, bound to this certificate, until delivery. Without it the certificate cannot be installed. Close without copying it?</source>
        <translation>生成した鍵のパスワードが表示されるのは今だけです。CertDeskは配布までの間、この証明書に結び付けて暗号化した状態でのみ保管します。パスワードがないと証明書をインストールできません。コピーせずに閉じますか?</translation>
    </message>
    <message>
        <source>Certificate authentication</source>
        <translation>証明書認証</translation>
    </message>
    <message>
        <source>Change the certificate authentication of %1 to &quot;Use&quot;?

The user can then no longer use the service from devices on which no certificate is installed.</source>
        <translation>%1 の証明書認証を「利用する」に変更しますか？

変更後は、証明書をインストールしていない端末からサービスを利用できなくなります。</translation>
    </message>
    <message>
        <source>Certificate authentication of this user is now &quot;Use&quot;.</source>
        <translation>このユーザーの証明書認証を「利用する」にしました。</translation>
    </message>
    <message>
        <source>Certificate authentication of this user is &quot;Don&apos;t use&quot;: the service does not ask for this certificate until it is changed to &quot;Use&quot; (here or on the Certificate authentication screen), usually once the certificate is installed.</source>
        <translation>このユーザーの証明書認証は「利用しない」です。「利用する」に変更するまで（ここまたは「証明書認証」画面で。通常は証明書のインストール後）、サービスはこの証明書を求めません。</translation>
    </message>
    <message>
        <source>Certificate authentication of this user is &quot;Don&apos;t use&quot;: the service does not ask for this certificate until an administrator changes it to &quot;Use&quot; on the Certificate authentication screen.</source>
        <translation>このユーザーの証明書認証は「利用しない」です。管理者が「証明書認証」画面で「利用する」に変更するまで、サービスはこの証明書を求めません。</translation>
    </message>
    <message>
        <source>Not sent — mail is not configured. Set it up in Settings → Mail.</source>
        <translation>送信されていません — メールが設定されていません。「設定」→「メール」で設定してください。</translation>
    </message>
    <message>
        <source>Not sent — mail is not configured. An administrator sets it up in Settings → Mail.</source>
        <translation>送信されていません — メールが設定されていません。管理者が「設定」→「メール」で設定します。</translation>
    </message>
    <message numerus="yes">
        <source>Mail: %n mail(s) queued to %1. CertDesk sends them in the background while it is open; Settings → Mail shows in the outbox whether each was sent.</source>
        <translation>
            <numerusform>メール: %1 宛てのメール %n 通を送信キューに入れました。CertDesk は起動している間にバックグラウンドで送信します。送信されたかどうかは「設定」→「メール」の送信キューで確認できます。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mail: %n mail(s) queued to %1. CertDesk sends them in the background while it is open; an administrator sees in Settings → Mail whether each was sent.</source>
        <translation>
            <numerusform>メール: %1 宛てのメール %n 通を送信キューに入れました。CertDesk は起動している間にバックグラウンドで送信します。送信されたかどうかは、管理者が「設定」→「メール」で確認できます。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>certdesk::LanguageWizardPage</name>
    <message>
        <source>Welcome to CertDesk</source>
        <translation>CertDeskへようこそ</translation>
    </message>
    <message>
        <source>CertDesk issues, delivers and revokes the client certificates of your users&apos; devices.</source>
        <translation>CertDeskは、ユーザーのデバイス用クライアント証明書の発行・配布・失効を行います。</translation>
    </message>
    <message>
        <source>Choose the language of CertDesk on this computer. You can change it later in the settings.</source>
        <translation>このコンピューターで使用するCertDeskの言語を選択してください。後から設定画面で変更できます。</translation>
    </message>
</context>
<context>
    <name>certdesk::LockScreen</name>
    <message>
        <source>CertDesk is locked</source>
        <translation>CertDesk はロックされています</translation>
    </message>
    <message>
        <source>CertDesk was locked because nobody used it for a while, and the CA key was forgotten. %1 can enter the password to continue where they were; anyone else signs out first.</source>
        <translation>一定時間操作がなかったため CertDesk をロックし、CAの鍵を破棄しました。%1 さんはパスワードを入力すると作業を続けられます。別の方はいったんログアウトしてください。</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>ロック解除(&amp;U)</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>ログアウト(&amp;O)</translation>
    </message>
</context>
<context>
    <name>certdesk::LostDeviceDialog</name>
    <message>
        <source>%1 (%2) — %3</source>
        <translation>%1 (%2) — %3</translation>
    </message>
    <message>
        <source>%1 (%2) — %3, %4</source>
        <translation>%1 (%2) — %3、%4</translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt; (login ID %3)</source>
        <translation>%1 &lt;%2&gt;(ログインID %3)</translation>
    </message>
    <message>
        <source>Type the user&apos;s name, furigana or login ID, then press Enter.</source>
        <translation>ユーザーの氏名、フリガナ、またはログインIDを入力して、Enterキーを押してください。</translation>
    </message>
    <message>
        <source>No user matches &quot;%1&quot;.</source>
        <translation>「%1」に一致するユーザーはいません。</translation>
    </message>
    <message>
        <source>More than %1 users match; the first %1 are shown. Type more of the name.</source>
        <translation>一致するユーザーが %1 人を超えたため、最初の %1 人を表示しています。名前をさらに詳しく入力してください。</translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) found. Enter chooses the highlighted user; Down moves into the list.</source>
        <translation>
            <numerusform>%n 人のユーザーが見つかりました。Enterキーで強調表示中のユーザーを選択し、↓キーで一覧に移動します。</numerusform>
        </translation>
    </message>
    <message>
        <source>Lost device</source>
        <translation>端末を紛失した場合</translation>
    </message>
    <message>
        <source>Revoke certificate</source>
        <translation>証明書の失効</translation>
    </message>
    <message>
        <source>Name, furigana or login ID</source>
        <translation>氏名、フリガナ、またはログインID</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>戻る(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>次へ(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Revoke certificate</source>
        <translation>証明書を失効させる(&amp;R)</translation>
    </message>
    <message>
        <source>Revoke now (Alt+R). Enter alone cancels.</source>
        <translation>今すぐ失効させます(Alt+R)。Enterキーだけを押した場合はキャンセルになります。</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>Step 1 of 3: find the user who lost a device.</source>
        <translation>ステップ 1/3: 端末を紛失したユーザーを検索します。</translation>
    </message>
    <message>
        <source>Step 2 of 3: choose the lost device of %1.</source>
        <translation>ステップ 2/3: %1 の紛失した端末を選択します。</translation>
    </message>
    <message>
        <source>Step 3 of 3: revoke the certificate of the lost device.</source>
        <translation>ステップ 3/3: 紛失した端末の証明書を失効させます。</translation>
    </message>
    <message>
        <source>Done: the certificate was revoked.</source>
        <translation>完了: 証明書を失効させました。</translation>
    </message>
    <message>
        <source>%1 has no certificate that can be revoked.</source>
        <translation>%1 には失効できる証明書がありません。</translation>
    </message>
    <message>
        <source>Enter chooses the highlighted device.</source>
        <translation>Enterキーで強調表示中のデバイスを選択します。</translation>
    </message>
    <message>
        <source>The certificate in slot %1 of %2 (%3, serial number %4) was revoked.</source>
        <translation>%2 の枠 %1 の証明書(%3、シリアル番号 %4)を失効させました。</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>ステータス</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>デバイス</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>有効期限</translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation>備考</translation>
    </message>
    <message>
        <source>Slot %1, serial number %2, issued %3</source>
        <translation>枠 %1、シリアル番号 %2、発行日時 %3</translation>
    </message>
</context>
<context>
    <name>certdesk::MailServerForm</name>
    <message>
        <source>SMTP server</source>
        <translation>メールサーバー(SMTP)</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>ポート番号</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>暗号化方式</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>ユーザー名</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>パスワード</translation>
    </message>
    <message>
        <source>Sender address</source>
        <translation>通知メール送信者アドレス</translation>
    </message>
    <message>
        <source>Sender name</source>
        <translation>送信者名</translation>
    </message>
    <message>
        <source>Reply-to address</source>
        <translation>返信先アドレス</translation>
    </message>
    <message>
        <source>Server CA file (PEM)</source>
        <translation>サーバー検証用のCAファイル(PEM)</translation>
    </message>
    <message>
        <source>None (unencrypted)</source>
        <translation>なし(暗号化しない)</translation>
    </message>
    <message>
        <source>STARTTLS</source>
        <translation>STARTTLS</translation>
    </message>
    <message>
        <source>TLS (implicit, e.g. port 465)</source>
        <translation>TLS(接続時から暗号化。例: ポート番号465)</translation>
    </message>
    <message>
        <source>Empty: no authentication</source>
        <translation>空欄の場合は認証なし</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>空欄の場合は変更なし</translation>
    </message>
    <message>
        <source>Notification mail sender address, e.g. certdesk@example.jp</source>
        <translation>通知メール送信者アドレス(例: certdesk@example.jp)</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>任意</translation>
    </message>
    <message>
        <source>Optional: empty uses the system&apos;s certificate store</source>
        <translation>任意(空欄の場合はシステムの証明書ストアを使用)</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Test mail recipient address</source>
        <translation>テストメールの宛先アドレス</translation>
    </message>
    <message>
        <source>Send test mail…</source>
        <translation>テストメールを送信…</translation>
    </message>
    <message>
        <source>The password is kept in the keychain of this computer, never in the database.</source>
        <translation>パスワードはこのコンピューターのキーチェーンに保存されます。データベースには保存されません。</translation>
    </message>
    <message>
        <source>Nothing was saved: %1</source>
        <translation>保存されていません: %1</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n setting(s).</source>
        <translation>
            <numerusform>%n 件の設定を保存しました。</numerusform>
        </translation>
    </message>
    <message>
        <source>The password was not stored: no keychain is available in this session.</source>
        <translation>このセッションではキーチェーンを利用できないため、パスワードは保存されませんでした。</translation>
    </message>
    <message>
        <source>The password was not stored: %1</source>
        <translation>パスワードは保存されませんでした: %1</translation>
    </message>
    <message>
        <source>Password stored in the keychain.</source>
        <translation>パスワードをキーチェーンに保存しました。</translation>
    </message>
    <message>
        <source>No changes.</source>
        <translation>変更はありません。</translation>
    </message>
    <message>
        <source>Enter the address the test mail goes to.</source>
        <translation>テストメールの宛先アドレスを入力してください。</translation>
    </message>
    <message>
        <source>Enter the SMTP server and the sender address first.</source>
        <translation>先にメールサーバー(SMTP)と通知メール送信者アドレスを入力してください。</translation>
    </message>
    <message>
        <source>CertDesk test mail</source>
        <translation>CertDeskのテストメール</translation>
    </message>
    <message>
        <source>This is a test mail from CertDesk. The mail server settings work.

Server: %1:%2
</source>
        <translation>CertDeskから送信したテストメールです。メールサーバーの設定は正しく機能しています。

メールサーバー: %1:%2
</translation>
    </message>
    <message>
        <source>Sending a test mail to %1…</source>
        <translation>%1 宛てにテストメールを送信しています…</translation>
    </message>
    <message>
        <source>The test mail was sent to %1.</source>
        <translation>%1 宛てにテストメールを送信しました。</translation>
    </message>
    <message>
        <source>The test mail was not sent: %1</source>
        <translation>テストメールを送信できませんでした: %1</translation>
    </message>
    <message>
        <source>Administrator address</source>
        <translation>管理者のメールアドレス</translation>
    </message>
    <message>
        <source>Optional: receives bulk issuance results and issuance failures</source>
        <translation>任意(一括発行の受付結果と発行失敗の通知を受け取ります)</translation>
    </message>
    <message>
        <source>Allow password over an unencrypted connection</source>
        <translation>暗号化されていない接続でのパスワード送信を許可する</translation>
    </message>
    <message>
        <source>Warning: the password is sent to the mail server without encryption; anyone on the network path can read it. Prefer STARTTLS or TLS.</source>
        <translation>警告: パスワードが暗号化されずにメールサーバーへ送られ、経路上の誰でも読み取れます。STARTTLSまたはTLSを使用してください。</translation>
    </message>
    <message>
        <source>Without TLS, CertDesk does not send the password: mail is refused until you choose STARTTLS or TLS, or allow the password over an unencrypted connection.</source>
        <translation>TLSを使用しない場合、CertDeskはパスワードを送信しません。STARTTLSまたはTLSを選択するか、暗号化されていない接続でのパスワード送信を許可するまで、メールは送信されません。</translation>
    </message>
    <message>
        <source>No keychain is available in this session: the password cannot be stored here. Store it from a desktop session in which the system keychain is available.</source>
        <translation>このセッションではキーチェーンを利用できないため、ここではパスワードを保存できません。システムのキーチェーンを利用できるデスクトップのセッションから保存してください。</translation>
    </message>
</context>
<context>
    <name>certdesk::MailSettingsPanel</name>
    <message>
        <source>Mail server</source>
        <translation>メールサーバー</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>テンプレート</translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation>送信キュー</translation>
    </message>
</context>
<context>
    <name>certdesk::MailTemplateEditor</name>
    <message>
        <source>Template</source>
        <translation>テンプレート</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>件名</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>本文</translation>
    </message>
    <message>
        <source>Placeholders (click to insert)</source>
        <translation>差し込み項目(クリックで挿入)</translation>
    </message>
    <message>
        <source>Preview with example values</source>
        <translation>プレビュー(サンプル値を差し込み)</translation>
    </message>
    <message>
        <source>Reset to default</source>
        <translation>既定値に戻す</translation>
    </message>
    <message>
        <source>Save template</source>
        <translation>テンプレートを保存</translation>
    </message>
    <message>
        <source>Customised</source>
        <translation>カスタマイズ済み</translation>
    </message>
    <message>
        <source>Default text</source>
        <translation>既定の文面</translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation>件名: %1</translation>
    </message>
    <message>
        <source>Template saved.</source>
        <translation>テンプレートを保存しました。</translation>
    </message>
    <message>
        <source>The default text is back.</source>
        <translation>既定の文面に戻しました。</translation>
    </message>
</context>
<context>
    <name>certdesk::MainWindow</name>
    <message>
        <source>Database: %1</source>
        <translation>データベース: %1</translation>
    </message>
    <message>
        <source>CA unlocked</source>
        <translation>CA: ロック解除済み</translation>
    </message>
    <message>
        <source>CA locked</source>
        <translation>CA: ロック中</translation>
    </message>
    <message>
        <source>CertDesk — device certificates</source>
        <translation>CertDesk — デバイス証明書</translation>
    </message>
    <message>
        <source>&amp;Lost device…</source>
        <translation>端末を紛失した場合(&amp;L)…</translation>
    </message>
    <message>
        <source>Revoke the certificate of a lost device: find the user, choose the device, revoke (Ctrl+L)</source>
        <translation>紛失した端末の証明書を失効させます。ユーザーを検索し、デバイスを選んで失効させます(Ctrl+L)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;About CertDesk</source>
        <translation>CertDeskについて(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>The download portal could not start: %1</source>
        <translation>ダウンロードポータルを起動できませんでした: %1</translation>
    </message>
    <message>
        <source>Your password was changed.</source>
        <translation>パスワードを変更しました。</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>未ログイン</translation>
    </message>
    <message>
        <source>CertDesk — device certificates — %1 (%2)</source>
        <translation>CertDesk — デバイス証明書 — %1 (%2)</translation>
    </message>
    <message>
        <source>&amp;Change password…</source>
        <translation>パスワード変更(&amp;C)…</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>ログアウト(&amp;O)</translation>
    </message>
    <message>
        <source>Signed in: %1 — %2</source>
        <translation>ログイン中: %1 — %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Not live: changes made elsewhere are not shown until the database connection is back (%1).</source>
        <translation>自動更新停止中: データベースとの接続が回復するまで、ほかの端末での変更は表示されません（%1）。</translation>
    </message>
</context>
<context>
    <name>certdesk::NewPasswordFields</name>
    <message>
        <source>The two passwords differ. Type the same password twice.</source>
        <translation>2つのパスワードが一致しません。同じパスワードを2回入力してください。</translation>
    </message>
    <message>
        <source>New password:</source>
        <translation>新しいパスワード:</translation>
    </message>
    <message>
        <source>Repeat the new password:</source>
        <translation>新しいパスワード（確認）:</translation>
    </message>
</context>
<context>
    <name>certdesk::OperatorDialog</name>
    <message>
        <source>Add operator</source>
        <translation>オペレーターの追加</translation>
    </message>
    <message>
        <source>The new operator signs in with this password once and must then choose their own.</source>
        <translation>新しいオペレーターはこのパスワードで一度ログインし、その後ご自身のパスワードに変更します。</translation>
    </message>
    <message>
        <source>&amp;Add operator</source>
        <translation>追加(&amp;A)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>First administrator</source>
        <translation>最初の管理者</translation>
    </message>
    <message>
        <source>This database has no operators yet. Create the first administrator: from now on everyone signs in, and the administrator adds the others in Settings → Operators.</source>
        <translation>このデータベースにはまだオペレーターがいません。最初の管理者を作成してください。今後は全員がログインし、他のオペレーターは管理者が「設定 → オペレーター」で追加します。</translation>
    </message>
    <message>
        <source>&amp;Create administrator</source>
        <translation>管理者を作成(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
</context>
<context>
    <name>certdesk::OperatorForm</name>
    <message>
        <source>Enter the operator&apos;s login name.</source>
        <translation>オペレーターのログイン名を入力してください。</translation>
    </message>
    <message>
        <source>Login name:</source>
        <translation>ログイン名:</translation>
    </message>
    <message>
        <source>Display name:</source>
        <translation>表示名:</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>役割:</translation>
    </message>
    <message>
        <source>e.g. 大塚 太郎 (optional)</source>
        <translation>例: 大塚 太郎（省略可）</translation>
    </message>
</context>
<context>
    <name>certdesk::OperatorsPanel</name>
    <message>
        <source>Locked</source>
        <translation>ロック中</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>無効</translation>
    </message>
    <message>
        <source>never</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>The operator %1 was added. They must change the password at the first sign-in.</source>
        <translation>オペレーター %1 を追加しました。最初のログイン時にパスワードの変更が必要です。</translation>
    </message>
    <message>
        <source>%1 is now: %2.</source>
        <translation>%1 の役割を %2 に変更しました。</translation>
    </message>
    <message>
        <source>The password of %1 was reset. They must change it at the next sign-in.</source>
        <translation>%1 のパスワードをリセットしました。次回ログイン時に変更が必要です。</translation>
    </message>
    <message>
        <source>%1 was unlocked and can sign in again.</source>
        <translation>%1 のロックを解除しました。再びログインできます。</translation>
    </message>
    <message>
        <source>Disable operator</source>
        <translation>オペレーターの無効化</translation>
    </message>
    <message>
        <source>Disable the operator %1 (%2)?

They can no longer sign in. Their entries in the history are kept.</source>
        <translation>オペレーター %1（%2）を無効にしますか？

このオペレーターはログインできなくなります。操作履歴は残ります。</translation>
    </message>
    <message>
        <source>%1 was disabled.</source>
        <translation>%1 を無効にしました。</translation>
    </message>
    <message>
        <source>Everyone who uses CertDesk signs in as an operator. Administrators may do everything; helpdesk operators look up users and issue, revoke and resend certificates; auditors only view and export the history. After %1 wrong passwords in a row an operator is locked until an administrator unlocks it.</source>
        <translation>CertDesk を使う人は全員オペレーターとしてログインします。管理者はすべての操作ができます。ヘルプデスクはユーザーの検索と証明書の発行・失効・再送ができます。監査者は閲覧と操作履歴の出力のみです。パスワードを%1回続けて間違えるとアカウントがロックされ、管理者が解除するまでログインできません。</translation>
    </message>
    <message>
        <source>Login name</source>
        <translation>ログイン名</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>表示名</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>役割</translation>
    </message>
    <message>
        <source>Last sign-in</source>
        <translation>最終ログイン</translation>
    </message>
    <message>
        <source>&amp;Add operator…</source>
        <translation>オペレーターを追加(&amp;A)…</translation>
    </message>
    <message>
        <source>Change &amp;role</source>
        <translation>役割を変更(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Reset password…</source>
        <translation>パスワードをリセット(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>ロック解除(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Disable…</source>
        <translation>無効にする(&amp;D)…</translation>
    </message>
</context>
<context>
    <name>certdesk::OutboxView</name>
    <message>
        <source>Queued</source>
        <translation>送信待ち</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>送信中</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>送信済み</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>送信失敗</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>作成日時</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>To</source>
        <translation>宛先</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>試行回数</translation>
    </message>
    <message>
        <source>Next try</source>
        <translation>次回送信予定</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>前回のエラー</translation>
    </message>
    <message>
        <source>Send now</source>
        <translation>今すぐ送信</translation>
    </message>
    <message>
        <source>Retry selected</source>
        <translation>選択したメールを再送</translation>
    </message>
    <message>
        <source>Cancel selected…</source>
        <translation>選択したメールを取消…</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>最新の情報に更新</translation>
    </message>
    <message>
        <source>Queued: %1 · Failed: %2</source>
        <translation>送信待ち: %1 件 · 送信失敗: %2 件</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>送信しています…</translation>
    </message>
    <message>
        <source>Nothing to send.</source>
        <translation>送信するメールはありません。</translation>
    </message>
    <message>
        <source>Sent %1 of %2 mail(s).</source>
        <translation>%2 件中 %1 件のメールを送信しました。</translation>
    </message>
    <message>
        <source>Mail %1 will be sent on the next run.</source>
        <translation>メール %1 は次回の送信処理で送信されます。</translation>
    </message>
    <message>
        <source>Cancel mail</source>
        <translation>メールの送信取消</translation>
    </message>
    <message>
        <source>Cancel mail %1? It will not be sent; this cannot be undone.</source>
        <translation>メール %1 の送信を取り消しますか? 取り消したメールは送信されません。この操作は元に戻せません。</translation>
    </message>
    <message>
        <source>Mail %1 was cancelled.</source>
        <translation>メール %1 の送信を取り消しました。</translation>
    </message>
    <message>
        <source>Unknown — may have been sent</source>
        <translation>不明 — 送信済みの可能性あり</translation>
    </message>
    <message>
        <source>CertDesk stopped while sending this mail, so it may or may not have arrived. It is not sent again on its own: ask the recipient, then resend or cancel it.</source>
        <translation>このメールの送信中にCertDeskが停止したため、届いているかどうか分かりません。自動では再送しません。受信者に確認してから、再送するか送信を取り消してください。</translation>
    </message>
</context>
<context>
    <name>certdesk::PassphraseDialog</name>
    <message>
        <source>Unlock the CA</source>
        <translation>CAのロック解除</translation>
    </message>
    <message>
        <source>Signing needs the passphrase of the CA &quot;%1&quot;.</source>
        <translation>署名には認証局(CA)「%1」のパスフレーズが必要です。</translation>
    </message>
    <message>
        <source>Remember on this computer (OS keychain)</source>
        <translation>このコンピューターに記憶する(OSのキーチェーン)</translation>
    </message>
</context>
<context>
    <name>certdesk::PortalServer</name>
    <message>
        <source>The TLS certificate or key file could not be read (%1, %2).</source>
        <translation>TLS証明書または秘密鍵のファイルを読み込めませんでした(%1、%2)。</translation>
    </message>
    <message>
        <source>The TLS certificate or key is not a PEM certificate / unencrypted PEM key.</source>
        <translation>TLS証明書または秘密鍵が、PEM形式の証明書/暗号化されていないPEM形式の鍵ではありません。</translation>
    </message>
    <message>
        <source>The portal cannot listen on %1:%2 (in use, or not allowed).</source>
        <translation>ポータルが %1:%2 で待ち受けできません(使用中か、許可されていません)。</translation>
    </message>
    <message>
        <source>CertDesk portal listening on %1</source>
        <translation>CertDeskポータルが %1 で待ち受けを開始しました</translation>
    </message>
    <message>
        <source>OCSP is off: %1</source>
        <translation>OCSPは無効です: %1</translation>
    </message>
    <message>
        <source>CertDesk portal stopped.</source>
        <translation>CertDeskポータルを停止しました。</translation>
    </message>
    <message>
        <source>The OCSP signing certificate could not be renewed: %1</source>
        <translation>OCSP署名用の証明書を更新できませんでした: %1</translation>
    </message>
    <message>
        <source>The scheduled CRL could not be published: %1</source>
        <translation>定期のCRLを公開できませんでした: %1</translation>
    </message>
    <message>
        <source>Scheduled CRL number %1 published.</source>
        <translation>定期のCRL(CRL番号 %1)を公開しました。</translation>
    </message>
    <message>
        <source>Internal error.</source>
        <translation>内部エラーが発生しました。</translation>
    </message>
    <message>
        <source>The request is too large.</source>
        <translation>リクエストが大きすぎます。</translation>
    </message>
    <message>
        <source>The address is too long.</source>
        <translation>URLが長すぎます。</translation>
    </message>
    <message>
        <source>Bad path.</source>
        <translation>パスが正しくありません。</translation>
    </message>
    <message>
        <source>This request method is not allowed here.</source>
        <translation>このリクエストメソッドは使用できません。</translation>
    </message>
    <message>
        <source>No certificate authority yet.</source>
        <translation>認証局(CA)がまだありません。</translation>
    </message>
    <message>
        <source>No CRL has been signed yet.</source>
        <translation>CRLはまだ署名されていません。</translation>
    </message>
    <message>
        <source>OCSP requests must be application/ocsp-request.</source>
        <translation>OCSPリクエストは application/ocsp-request で送信してください。</translation>
    </message>
    <message>
        <source>The OCSP request is not valid base64.</source>
        <translation>OCSPリクエストが正しいbase64形式ではありません。</translation>
    </message>
    <message>
        <source>The portal cannot reach the database: %1</source>
        <translation>ポータルからデータベースに接続できません: %1</translation>
    </message>
    <message>
        <source>Wrong login ID for a download link of %1 from %2 (%3 of %4).</source>
        <translation>%1 のダウンロードリンクに %2 から誤ったログインIDが入力されました(%3/%4 回目)。</translation>
    </message>
    <message>
        <source>The service is temporarily unavailable.</source>
        <translation>サービスは一時的に利用できません。</translation>
    </message>
    <message>
        <source>Without TLS the portal listens only on this computer (127.0.0.1): download links and .p12 files must not cross a network unencrypted. To listen on %1, give a TLS certificate and key file, or run certdesk-portal behind a web server with TLS.</source>
        <translation>TLSを使用しない場合、ポータルはこのコンピューター(127.0.0.1)でのみ待ち受けます。ダウンロードリンクや.p12ファイルを暗号化せずにネットワークに流すことはできません。%1 で待ち受けるには、TLS証明書と鍵のファイルを指定するか、TLSを使うWebサーバーの背後で certdesk-portal を動かしてください。</translation>
    </message>
    <message>
        <source>Warning: plain HTTP on %1. Download links and .p12 files cross the network unencrypted unless a web server with TLS is in front.</source>
        <translation>警告: %1 で暗号化なしのHTTPを使用しています。前段にTLSを使うWebサーバーがない場合、ダウンロードリンクや.p12ファイルが暗号化されずにネットワークを流れます。</translation>
    </message>
    <message>
        <source>OCSP for the earlier CA &quot;%1&quot; is off: %2</source>
        <translation>以前のCA「%1」のOCSPは停止しています: %2</translation>
    </message>
    <message>
        <source>OCSP responder on for %1: signing certificate %2, valid until %3.</source>
        <translation>%1 のOCSPレスポンダーを開始しました。署名用証明書 %2(有効期限 %3)。</translation>
    </message>
    <message>
        <source>This database has no certificate authority yet.</source>
        <translation>このデータベースにはまだ認証局(CA)がありません。</translation>
    </message>
    <message>
        <source>The certificate authorities changed: reloading the OCSP signing certificates.</source>
        <translation>認証局(CA)が変更されたため、OCSP署名用証明書を読み込み直します。</translation>
    </message>
    <message>
        <source>OCSP tryLater, the portal cannot reach the database: %1</source>
        <translation>OCSP は tryLater を返しました。ポータルがデータベースに接続できません: %1</translation>
    </message>
    <message>
        <source>OCSP: %1 answers in the last minute (%2 without signing again).</source>
        <translation>OCSP: 直近 1 分間に %1 件応答しました（うち再署名なし %2 件）。</translation>
    </message>
</context>
<context>
    <name>certdesk::PortalServerBox</name>
    <message>
        <source>Run the download portal on this computer</source>
        <translation>このコンピューターでダウンロードポータルを実行</translation>
    </message>
    <message>
        <source>Listen &amp;address:</source>
        <translation>待ち受けアドレス(&amp;A):</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>ポート(&amp;P):</translation>
    </message>
    <message>
        <source>Any free port</source>
        <translation>空いているポート</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>開始(&amp;S)</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>停止(&amp;T)</translation>
    </message>
    <message>
        <source>Recent requests and events:</source>
        <translation>最近のリクエストとイベント:</translation>
    </message>
    <message>
        <source>Download portal</source>
        <translation>ダウンロードポータル</translation>
    </message>
    <message>
        <source>Download portal URL</source>
        <translation>ダウンロードポータルのURL</translation>
    </message>
    <message>
        <source>The download portal URL is not set, so issued certificates get no download link. Use %1?

Devices must be able to reach this address.</source>
        <translation>ダウンロードポータルのURLが設定されていないため、発行した証明書にダウンロードリンクが付きません。%1 を使用しますか?

デバイスからこのアドレスに接続できる必要があります。</translation>
    </message>
    <message>
        <source>Devices must reach this computer at the download portal URL. Without a TLS certificate the portal listens on this computer only (127.0.0.1); to serve other devices, give a TLS certificate and key (HTTPS) or run certdesk-portal behind a web server with TLS. It starts again with CertDesk until you stop it.</source>
        <translation>デバイスからダウンロードポータルのURLでこのコンピューターに接続できる必要があります。TLS証明書がない場合、ポータルはこのコンピューター(127.0.0.1)でのみ待ち受けます。他のデバイスに提供するには、TLS証明書と鍵を指定する(HTTPS)か、TLSを使うWebサーバーの背後で certdesk-portal を動かしてください。停止するまで、CertDeskの起動時に再び開始します。</translation>
    </message>
    <message>
        <source>127.0.0.1 (this computer only); other addresses need TLS</source>
        <translation>127.0.0.1(このコンピューターのみ)。他のアドレスにはTLSが必要です</translation>
    </message>
    <message>
        <source>TLS &amp;certificate (PEM):</source>
        <translation>TLS証明書 (PEM)(&amp;C):</translation>
    </message>
    <message>
        <source>Empty: plain HTTP, this computer only</source>
        <translation>空欄: 暗号化なしのHTTP、このコンピューターのみ</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>参照…</translation>
    </message>
    <message>
        <source>TLS &amp;key (PEM, unencrypted):</source>
        <translation>TLS鍵 (PEM、暗号化なし)(&amp;K):</translation>
    </message>
    <message>
        <source>TLS private key</source>
        <translation>TLS秘密鍵</translation>
    </message>
    <message>
        <source>TLS certificate</source>
        <translation>TLS証明書</translation>
    </message>
    <message>
        <source>PEM files (*.pem *.crt *.key);;All files (*)</source>
        <translation>PEMファイル (*.pem *.crt *.key);;すべてのファイル (*)</translation>
    </message>
</context>
<context>
    <name>certdesk::PortalService</name>
    <message>
        <source>Listening on %1; OCSP on.</source>
        <translation>%1 で待ち受け中です。OCSPは有効です。</translation>
    </message>
    <message>
        <source>Listening on %1; OCSP off: %2</source>
        <translation>%1 で待ち受け中です。OCSPは無効です: %2</translation>
    </message>
    <message>
        <source>Not running: %1</source>
        <translation>停止中: %1</translation>
    </message>
    <message>
        <source>Not running.</source>
        <translation>停止中です。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IP address. Use 127.0.0.1 for this computer only, or 0.0.0.0 for every network (with a TLS certificate and key).</source>
        <translation>「%1」はIPアドレスではありません。このコンピューターのみなら 127.0.0.1、すべてのネットワークなら 0.0.0.0(TLS証明書と鍵が必要)を指定してください。</translation>
    </message>
    <message>
        <source>Give both the TLS certificate file and its key file, or neither.</source>
        <translation>TLS証明書ファイルと鍵ファイルは、両方指定するか、どちらも指定しないでください。</translation>
    </message>
</context>
<context>
    <name>certdesk::PortalSettingsPanel</name>
    <message>
        <source>Download portal URL</source>
        <translation>ダウンロードポータルのURL</translation>
    </message>
    <message>
        <source>Download deadline (days)</source>
        <translation>ダウンロード期限(日)</translation>
    </message>
    <message>
        <source>Downloads allowed per certificate</source>
        <translation>証明書あたりのダウンロード可能回数</translation>
    </message>
    <message>
        <source>CRL folder</source>
        <translation>CRLの公開先フォルダー</translation>
    </message>
    <message>
        <source>Command after publishing</source>
        <translation>公開後に実行するコマンド</translation>
    </message>
    <message>
        <source>CRL next update (days)</source>
        <translation>CRLの次回更新までの日数</translation>
    </message>
    <message>
        <source>CRL distribution point URL</source>
        <translation>CRL配布ポイントのURL</translation>
    </message>
    <message>
        <source>OCSP responder URL</source>
        <translation>OCSPレスポンダーのURL</translation>
    </message>
    <message>
        <source>CA issuers (AIA) URL</source>
        <translation>CA発行者(AIA)のURL</translation>
    </message>
    <message>
        <source>Download portal</source>
        <translation>ダウンロードポータル</translation>
    </message>
    <message>
        <source>Certificate revocation list (CRL)</source>
        <translation>証明書失効リスト(CRL)</translation>
    </message>
    <message>
        <source>Addresses written into new certificates</source>
        <translation>新しい証明書に記載するアドレス</translation>
    </message>
    <message>
        <source>https://certs.example.jp — issued certificates get a download link</source>
        <translation>https://certs.example.jp — 発行した証明書にダウンロードリンクが付きます</translation>
    </message>
    <message>
        <source>Folder your web server publishes (certdesk.crl and certdesk-crl.pem)</source>
        <translation>Webサーバーが公開しているフォルダー(certdesk.crl と certdesk-crl.pem を書き出します)</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>参照(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Publish CRL now</source>
        <translation>今すぐCRLを公開(&amp;P)</translation>
    </message>
    <message>
        <source>Certificates already issued keep the addresses they were issued with.</source>
        <translation>発行済みの証明書に記載されたアドレスは、発行時のまま変わりません。</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>変更を破棄</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n setting(s).</source>
        <translation>
            <numerusform>%n 件の設定を保存しました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose the folder to publish the CRL to</source>
        <translation>CRLの公開先フォルダーを選択</translation>
    </message>
    <message>
        <source>Optional, for example: /usr/sbin/nginx -s reload</source>
        <translation>任意。例: /usr/sbin/nginx -s reload</translation>
    </message>
    <message>
        <source>This computer only: given when this program was started.</source>
        <translation>このコンピューターのみ: このプログラムの起動時に指定されています。</translation>
    </message>
    <message>
        <source>The CRL folder and the command are kept on this computer only, in %1 — not in the database. Every computer that publishes the CRL (a desktop, the download portal) has its own. The command runs without a shell, with a minimal environment.</source>
        <translation>CRLの公開フォルダーとコマンドは、このコンピューターの %1 にのみ保存され、データベースには保存されません。CRLを公開するコンピューター(デスクトップ、ダウンロードポータル)ごとに設定します。コマンドはシェルを介さず、最小限の環境変数で実行されます。</translation>
    </message>
    <message>
        <source>A CRL folder or command stored in the database by an older version is ignored.</source>
        <translation>以前のバージョンがデータベースに保存したCRLの公開フォルダーやコマンドは無視されます。</translation>
    </message>
</context>
<context>
    <name>certdesk::ResetPasswordDialog</name>
    <message>
        <source>Reset password</source>
        <translation>パスワードのリセット</translation>
    </message>
    <message>
        <source>Set a new password for %1. Tell it to the operator in person; they must change it at the next sign-in.</source>
        <translation>%1 の新しいパスワードを設定します。本人に直接伝えてください。次回ログイン時に変更が必要です。</translation>
    </message>
    <message>
        <source>&amp;Reset password</source>
        <translation>リセット(&amp;R)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
</context>
<context>
    <name>certdesk::RevocationCrlPanel</name>
    <message>
        <source>Publish CRL</source>
        <translation>CRL を公開</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>administrator: display name (login)</comment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Unlock the CA and publish the CRL…</source>
        <translation>CA のロックを解除して CRL を公開…</translation>
    </message>
    <message>
        <source>Asks for the CA passphrase, then signs and publishes a CRL that lists this revocation.</source>
        <translation>CA のパスフレーズを入力し、この失効を含む CRL に署名して公開します。</translation>
    </message>
    <message>
        <source>The device is refused now by servers that check OCSP, and by servers that check the CRL after their next reload.</source>
        <translation>この端末は、OCSP で確認するサーバーからは今すぐ、CRL で確認するサーバーからは次の再読み込み後に拒否されます。</translation>
    </message>
    <message>
        <source>The device is refused now by servers that check OCSP. Servers that check only the certificate revocation list (CRL) still accept it until a CRL listing it is published.</source>
        <translation>この端末は、OCSP で確認するサーバーからは今すぐ拒否されます。証明書失効リスト（CRL）だけで確認するサーバーは、この証明書を含む CRL が公開されるまで受け入れてしまいます。</translation>
    </message>
    <message>
        <source>%1 Waiting for the portal to re-sign the CRL…</source>
        <translation>%1 ポータルによる CRL の再署名を待っています…</translation>
    </message>
    <message>
        <source>The CRL was not re-signed on this computer: the CA is locked here. Waiting for the portal to re-sign the CRL…</source>
        <translation>この端末では CA がロックされているため、CRL を再署名しませんでした。ポータルによる CRL の再署名を待っています…</translation>
    </message>
    <message>
        <source>The portal re-signed the CRL (number %1) at %2 — servers that check the CRL refuse the device after their next reload.</source>
        <translation>ポータルが %2 に CRL（CRL番号 %1）を再署名しました — CRL で確認するサーバーは、次の再読み込み後にこの端末を拒否します。</translation>
    </message>
    <message numerus="yes">
        <source>The CRL was not re-signed on this computer (the CA is locked here), and no portal re-signed it within %n second(s).</source>
        <translation>
            <numerusform>この端末では CA がロックされているため CRL を再署名できず、%n 秒以内にポータルによる再署名もありませんでした。</numerusform>
        </translation>
    </message>
    <message>
        <source>Ask an administrator to publish the CRL (Publish CRL now on the dashboard).</source>
        <translation>管理者に CRL の公開を依頼してください（ダッシュボードの「今すぐ CRL を公開」）。</translation>
    </message>
    <message>
        <source>Ask an administrator to publish the CRL (Publish CRL now on the dashboard): %1.</source>
        <translation>管理者に CRL の公開を依頼してください（ダッシュボードの「今すぐ CRL を公開」）: %1。</translation>
    </message>
    <message>
        <source>If you hold the CA passphrase, you can unlock the CA and publish it yourself.</source>
        <translation>CA のパスフレーズをお持ちなら、CA のロックを解除して自分で公開できます。</translation>
    </message>
</context>
<context>
    <name>certdesk::RevokeDialog</name>
    <message>
        <source>Revoke certificate</source>
        <translation>証明書の失効</translation>
    </message>
    <message>
        <source>&amp;Revoke certificate</source>
        <translation>証明書を失効させる(&amp;R)</translation>
    </message>
    <message>
        <source>Revoke now (Alt+R). Enter alone cancels.</source>
        <translation>今すぐ失効させます(Alt+R)。Enterキーだけを押した場合はキャンセルになります。</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>The certificate in slot %1 of %2 (%3, serial number %4) was revoked.</source>
        <translation>%2 の枠 %1 の証明書(%3、シリアル番号 %4)を失効させました。</translation>
    </message>
    <message>
        <source>%1

%2</source>
        <translation>%1

%2</translation>
    </message>
    <message>
        <source>This certificate (serial number %1) was revoked meanwhile by %2 at %3. There is nothing left to revoke; close this dialog.</source>
        <translation>この証明書（シリアル番号 %1）は、%3 に %2 によってすでに失効されています。失効するものはありません。このダイアログを閉じてください。</translation>
    </message>
    <message>
        <source>This certificate (serial number %1) was revoked meanwhile by another operator. There is nothing left to revoke; close this dialog.</source>
        <translation>この証明書（シリアル番号 %1）は、ほかのオペレーターによってすでに失効されています。失効するものはありません。このダイアログを閉じてください。</translation>
    </message>
</context>
<context>
    <name>certdesk::RevokeForm</name>
    <message>
        <source>When the certificate is revoked, the device with this certificate can no longer use the service.</source>
        <translation>証明書を失効させると、この証明書をインストールしているデバイスからはサービスを利用できなくなります。</translation>
    </message>
    <message>
        <source>Revoking cannot be undone. The slot can be issued again afterwards, for example for a new device.</source>
        <translation>失効は取り消せません。失効後、この枠には新しいデバイス用などに証明書を再発行できます。</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>ユーザー:</translation>
    </message>
    <message>
        <source>Device:</source>
        <translation>デバイス:</translation>
    </message>
    <message>
        <source>Slot:</source>
        <translation>枠:</translation>
    </message>
    <message>
        <source>Serial number:</source>
        <translation>シリアル番号:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>ステータス:</translation>
    </message>
    <message>
        <source>Issued:</source>
        <translation>発行日時:</translation>
    </message>
    <message>
        <source>Remarks:</source>
        <translation>備考:</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(なし)</translation>
    </message>
    <message>
        <source>Rea&amp;son:</source>
        <translation>失効理由(&amp;S):</translation>
    </message>
    <message>
        <source>Re&amp;marks for the history (optional):</source>
        <translation>操作履歴に記録する備考(任意)(&amp;M):</translation>
    </message>
    <message>
        <source>For example: lost on the train, reported by phone</source>
        <translation>例: 電車内で紛失、電話で連絡あり</translation>
    </message>
</context>
<context>
    <name>certdesk::SelectionPage</name>
    <message>
        <source>Certificate authentication</source>
        <translation>証明書認証</translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation>グループ(&amp;G):</translation>
    </message>
    <message>
        <source>All users</source>
        <translation>すべてのユーザー</translation>
    </message>
    <message>
        <source>Export list…</source>
        <translation>一覧出力…</translation>
    </message>
    <message>
        <source>Save every user of the selected group with their setting and certificate counts as a CSV file.</source>
        <translation>選択中のグループのすべてのユーザーを、設定と証明書の枚数とともにCSVファイルに保存します。</translation>
    </message>
    <message>
        <source>After changing the selection, press Apply. Users set to &quot;Use&quot; can no longer use the service from devices on which no certificate is installed.</source>
        <translation>選択を変更したら「設定」を押してください。「利用する」に設定したユーザーは、証明書がインストールされていないデバイスからはサービスを利用できなくなります。</translation>
    </message>
    <message>
        <source>Select all users on this page:</source>
        <translation>このページのユーザーをすべて選択:</translation>
    </message>
    <message>
        <source>Select all &quot;Use&quot;</source>
        <translation>「利用する」をすべて選択</translation>
    </message>
    <message>
        <source>Select all &quot;Don&apos;t use&quot;</source>
        <translation>「利用しない」をすべて選択</translation>
    </message>
    <message>
        <source>&lt; Previous</source>
        <translation>&lt; 前へ</translation>
    </message>
    <message>
        <source>Next &gt;</source>
        <translation>次へ &gt;</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>変更を破棄</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>Default for new users</source>
        <translation>ユーザー選択の初期状態設定</translation>
    </message>
    <message>
        <source>Certificate authentication for newly created users:</source>
        <translation>新規に作成するユーザーの証明書認証:</translation>
    </message>
    <message>
        <source>Use</source>
        <translation>利用する</translation>
    </message>
    <message>
        <source>Don&apos;t use</source>
        <translation>利用しない</translation>
    </message>
    <message numerus="yes">
        <source>Page %1 of %2, %n user(s)</source>
        <translation>
            <numerusform>%1 / %2 ページ(ユーザー %n 人)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) not applied yet.</source>
        <translation>
            <numerusform>まだ設定していない変更が %n 件あります。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Change the certificate authentication setting of %n user(s)?

Users set to &quot;Use&quot; can no longer use the service from devices on which no certificate is installed.</source>
        <translation>
            <numerusform>%n 人のユーザーの証明書認証の設定を変更しますか?

「利用する」に設定したユーザーは、証明書がインストールされていないデバイスからはサービスを利用できなくなります。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved. The setting of %n user(s) was changed.</source>
        <translation>
            <numerusform>保存しました。%n 人のユーザーの設定を変更しました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the user list</source>
        <translation>一覧出力</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSVファイル (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n user(s) to %1.</source>
        <translation>
            <numerusform>ユーザー %n 人の一覧を %1 に出力しました。</numerusform>
        </translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; cannot be written: %2</source>
        <translation>ファイル「%1」に書き込めません: %2</translation>
    </message>
    <message>
        <source>New users will use certificate authentication.</source>
        <translation>新規ユーザーの証明書認証は「利用する」になります。</translation>
    </message>
    <message>
        <source>New users will not use certificate authentication.</source>
        <translation>新規ユーザーの証明書認証は「利用しない」になります。</translation>
    </message>
    <message>
        <source>Search by name, furigana or login ID</source>
        <translation>氏名、フリガナ、またはログインIDで検索</translation>
    </message>
</context>
<context>
    <name>certdesk::SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>Organisation name</source>
        <translation>組織名</translation>
    </message>
    <message>
        <source>Certificate validity (days)</source>
        <translation>証明書の有効期間(日)</translation>
    </message>
    <message>
        <source>Maximum certificates per user</source>
        <translation>1ユーザーあたりの証明書の上限枚数</translation>
    </message>
    <message>
        <source>Download deadline (days)</source>
        <translation>ダウンロード期限(日)</translation>
    </message>
    <message>
        <source>Downloads allowed per certificate</source>
        <translation>証明書あたりのダウンロード可能回数</translation>
    </message>
    <message>
        <source>CRL next update (days)</source>
        <translation>CRLの次回更新までの日数</translation>
    </message>
    <message>
        <source>CRL distribution point URL</source>
        <translation>CRL配布ポイントのURL</translation>
    </message>
    <message>
        <source>OCSP responder URL</source>
        <translation>OCSPレスポンダーのURL</translation>
    </message>
    <message>
        <source>CA issuers (AIA) URL</source>
        <translation>CA発行者(AIA)のURL</translation>
    </message>
    <message>
        <source>Download portal URL</source>
        <translation>ダウンロードポータルのURL</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>組織</translation>
    </message>
    <message>
        <source>Certificate policy</source>
        <translation>証明書ポリシー</translation>
    </message>
    <message>
        <source>Limits and delivery</source>
        <translation>上限と配布</translation>
    </message>
    <message>
        <source>Revocation</source>
        <translation>失効</translation>
    </message>
    <message>
        <source>Addresses written into certificates</source>
        <translation>証明書に記載するアドレス</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>このコンピューター</translation>
    </message>
    <message>
        <source>Compatible: imports on older macOS, iOS and Android. Modern: AES-256, for Windows 10 1709 and later. The validity applies to every device type.</source>
        <translation>互換性重視: 古いmacOS、iOS、Androidでもインポートできます。最新方式: AES-256を使用し、Windows 10 1709以降に対応します。有効期間はすべてのデバイスの種類に適用されます。</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <source>The language changes immediately and is kept for this computer only.</source>
        <translation>言語はすぐに切り替わり、このコンピューターでのみ保持されます。</translation>
    </message>
    <message>
        <source>Database in use</source>
        <translation>使用中のデータベース</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>変更を破棄</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n setting(s).</source>
        <translation>
            <numerusform>%n 件の設定を保存しました。</numerusform>
        </translation>
    </message>
    <message>
        <source>General</source>
        <translation>一般</translation>
    </message>
    <message>
        <source>Mail</source>
        <translation>メール</translation>
    </message>
    <message>
        <source>Portal and CRL</source>
        <translation>ポータルとCRL</translation>
    </message>
    <message>
        <source>Lock after idle time (minutes)</source>
        <translation>無操作でロックするまでの時間（分）</translation>
    </message>
    <message>
        <source>Sign-in</source>
        <translation>ログイン</translation>
    </message>
    <message>
        <source>Operators</source>
        <translation>オペレーター</translation>
    </message>
    <message>
        <source>Contracted certificates</source>
        <translation>契約数</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>上限なし</translation>
    </message>
    <message>
        <source>How many active certificates (not revoked, not expired) the contract allows; issuing past it is refused. 0: no limit.</source>
        <translation>契約で認められた有効な証明書（失効も期限切れもしていないもの）の数です。これを超える発行はできません。0: 上限なし。</translation>
    </message>
</context>
<context>
    <name>certdesk::SignInDialog</name>
    <message>
        <source>Sign in — CertDesk</source>
        <translation>ログイン — CertDesk</translation>
    </message>
    <message>
        <source>Sign in to CertDesk</source>
        <translation>CertDesk にログイン</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>データベース: %1</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>ログイン(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
</context>
<context>
    <name>certdesk::SignInForm</name>
    <message>
        <source>&amp;Operator:</source>
        <translation>オペレーター(&amp;O):</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>パスワード(&amp;P):</translation>
    </message>
    <message>
        <source>Login name</source>
        <translation>ログイン名</translation>
    </message>
    <message>
        <source>Caps Lock seems to be on. Passwords are case-sensitive.</source>
        <translation>Caps Lock がオンになっているようです。パスワードは大文字と小文字を区別します。</translation>
    </message>
    <message>
        <source>Passwords are case-sensitive: check Caps Lock.</source>
        <translation>パスワードは大文字と小文字を区別します。Caps Lock を確認してください。</translation>
    </message>
</context>
<context>
    <name>certdesk::SlotsModel</name>
    <message>
        <source>(empty)</source>
        <translation>(空き)</translation>
    </message>
    <message>
        <source>Slot %1 is free.</source>
        <translation>枠 %1 は空いています。</translation>
    </message>
    <message>
        <source>This certificate has expired.</source>
        <translation>この証明書は有効期限が切れています。</translation>
    </message>
    <message>
        <source>The download deadline has passed without a download.</source>
        <translation>ダウンロードされないまま、ダウンロード期限を過ぎました。</translation>
    </message>
    <message>
        <source>Serial number %1</source>
        <translation>シリアル番号 %1</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>ステータス</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>デバイス</translation>
    </message>
    <message>
        <source>Mail address</source>
        <translation>メールアドレス</translation>
    </message>
    <message>
        <source>Expiry</source>
        <translation>有効期限</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation>備考</translation>
    </message>
</context>
<context>
    <name>certdesk::SummaryWizardPage</name>
    <message>
        <source>Ready</source>
        <translation>準備完了</translation>
    </message>
    <message>
        <source>CertDesk is set up. Next, add users and issue their device certificates.</source>
        <translation>CertDeskのセットアップが完了しました。次に、ユーザーを追加してデバイス証明書を発行してください。</translation>
    </message>
    <message>
        <source>Language: %1</source>
        <translation>言語: %1</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>データベース: %1</translation>
    </message>
    <message>
        <source>CA: %1</source>
        <translation>CA: %1</translation>
    </message>
    <message>
        <source>CA valid until: %1</source>
        <translation>CAの有効期限: %1</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint: %1</source>
        <translation>SHA-256フィンガープリント: %1</translation>
    </message>
    <message>
        <source>Organisation: %1</source>
        <translation>組織名: %1</translation>
    </message>
    <message>
        <source>Signed in as: %1 (%2)</source>
        <translation>ログイン中: %1（%2）</translation>
    </message>
    <message>
        <source>What next</source>
        <translation>次にすること</translation>
    </message>
    <message>
        <source>1. Add users one by one, or import them (with their certificates) from a CSV file.
2. Set up mail, so that users receive their download links and key passwords.
3. Start the download portal, where users download their certificates.
Finish opens the users screen; the buttons open the screen of each step.</source>
        <translation>1. ユーザーを 1 人ずつ追加するか、CSV ファイルから（証明書と一緒に）一括で登録します。
2. ユーザーがダウンロード用リンクとパスワードを受け取れるよう、メールを設定します。
3. ユーザーが証明書をダウンロードするポータルを開始します。
「完了」でユーザー画面が開きます。各ボタンでそれぞれの画面を開きます。</translation>
    </message>
    <message>
        <source>Add &amp;users</source>
        <translation>ユーザーを追加(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Import a CSV file</source>
        <translation>CSV ファイルを取り込む(&amp;I)</translation>
    </message>
    <message>
        <source>Set up &amp;mail</source>
        <translation>メールを設定(&amp;M)</translation>
    </message>
    <message>
        <source>Start the &amp;portal</source>
        <translation>ポータルを開始(&amp;P)</translation>
    </message>
</context>
<context>
    <name>certdesk::UnfinishedJobsBox</name>
    <message>
        <source>Unfinished jobs</source>
        <translation>未完了のジョブ</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>ジョブ</translation>
    </message>
    <message>
        <source>File</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>受付日時</translation>
    </message>
    <message>
        <source>By</source>
        <translation>操作者名</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>未処理</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>再開(&amp;R)</translation>
    </message>
    <message>
        <source>Issue the pending rows of the selected job</source>
        <translation>選択したジョブの未処理の行を発行します</translation>
    </message>
    <message>
        <source>No bulk job has rows waiting to be issued.</source>
        <translation>発行待ちの行がある一括発行ジョブはありません。</translation>
    </message>
    <message>
        <source>These jobs were cancelled or interrupted; their rows wait to be issued.</source>
        <translation>これらのジョブはキャンセルまたは中断されたため、発行待ちの行が残っています。</translation>
    </message>
</context>
<context>
    <name>certdesk::UserCsvSection</name>
    <message>
        <source>Export users as CSV</source>
        <translation>ユーザーのCSVエクスポート</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n user(s) to %1.</source>
        <translation>
            <numerusform>ユーザー %n 人を %1 にエクスポートしました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose the user CSV file</source>
        <translation>ユーザーCSVファイルを選択</translation>
    </message>
    <message>
        <source>Import users</source>
        <translation>ユーザーの一括登録</translation>
    </message>
    <message>
        <source>Import %1: add %2 and update %3?</source>
        <translation>%1 をインポートして、%2を追加し、%3を更新しますか?</translation>
    </message>
    <message numerus="yes">
        <source>%n user(s)</source>
        <translation>
            <numerusform>%n 人</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported %1: %2 added, %3 updated, %4 unchanged.</source>
        <translation>%1 をインポートしました(追加 %2 人、更新 %3 人、変更なし %4 人)。</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>エクスポート</translation>
    </message>
    <message>
        <source>Every user as a CSV file that Excel opens (columns: %1). Edit it and import it again to add or change users.</source>
        <translation>すべてのユーザーを、Excelで開けるCSVファイル(列: %1)に書き出します。編集して再度インポートすると、ユーザーを追加・変更できます。</translation>
    </message>
    <message>
        <source>E&amp;xport users…</source>
        <translation>ユーザーをエクスポート(&amp;X)…</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>インポート</translation>
    </message>
    <message>
        <source>Add and update users from a CSV file (UTF-8 or Shift_JIS; columns: %1; groups separated by &quot;;&quot;). New login IDs are added, existing users are updated. If any row has a problem, nothing is imported.</source>
        <translation>CSVファイル(UTF-8またはShift_JIS、列: %1、複数のグループは「;」で区切る)から、ユーザーを追加・更新します。新しいログインIDのユーザーは追加され、既存のユーザーは更新されます。問題のある行が1行でもあると、インポートは行われません。</translation>
    </message>
    <message>
        <source>No file chosen.</source>
        <translation>ファイルが選択されていません。</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Every user in the file is already registered with these values; there is nothing to import.</source>
        <translation>ファイル内のユーザーはすべて同じ内容で登録済みのため、インポートするものはありません。</translation>
    </message>
    <message>
        <source>%1 to add, %2 to update, %3 unchanged.</source>
        <translation>追加: %1、更新: %2、変更なし: %3</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>インポート(&amp;I)…</translation>
    </message>
    <message>
        <source>Cho&amp;ose file…</source>
        <translation>ファイルを選択(&amp;O)…</translation>
    </message>
</context>
<context>
    <name>certdesk::UserDialog</name>
    <message>
        <source>The e-mail address is required.</source>
        <translation>メールアドレスを入力してください。</translation>
    </message>
    <message>
        <source>Edit user</source>
        <translation>ユーザーの編集</translation>
    </message>
    <message>
        <source>Add user</source>
        <translation>ユーザーの追加</translation>
    </message>
    <message>
        <source>Edit user %1</source>
        <translation>ユーザー %1 の編集</translation>
    </message>
    <message>
        <source>&amp;Login ID:</source>
        <translation>ログインID(&amp;L):</translation>
    </message>
    <message>
        <source>E-&amp;mail address:</source>
        <translation>メールアドレス(&amp;M):</translation>
    </message>
    <message>
        <source>&amp;Display name:</source>
        <translation>表示名(&amp;D):</translation>
    </message>
    <message>
        <source>De&amp;partment:</source>
        <translation>部署(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>役職(&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Groups:</source>
        <translation>グループ(&amp;G):</translation>
    </message>
    <message>
        <source>Mail l&amp;anguage:</source>
        <translation>メールの言語(&amp;A):</translation>
    </message>
    <message>
        <source>The login ID cannot be changed.</source>
        <translation>ログインIDは変更できません。</translation>
    </message>
    <message>
        <source>The login ID when left empty</source>
        <translation>空欄の場合はログインID</translation>
    </message>
    <message>
        <source>Separate several groups with commas.</source>
        <translation>複数のグループはカンマで区切って入力します。</translation>
    </message>
    <message>
        <source>Organisation default</source>
        <translation>組織の既定値</translation>
    </message>
    <message>
        <source>Japanese</source>
        <translation>日本語</translation>
    </message>
    <message>
        <source>English</source>
        <translation>英語</translation>
    </message>
</context>
<context>
    <name>certdesk::UserSelectionModel</name>
    <message numerus="yes">
        <source>%n certificate(s)</source>
        <translation>
            <numerusform>%n 枚</numerusform>
        </translation>
    </message>
    <message>
        <source>Changed; press Apply to save.</source>
        <translation>変更されています。「設定」を押すと保存されます。</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>ユーザー名</translation>
    </message>
    <message>
        <source>Use</source>
        <translation>利用する</translation>
    </message>
    <message>
        <source>Don&apos;t use</source>
        <translation>利用しない</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>運用中枚数</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>証明書発行枚数</translation>
    </message>
    <message>
        <source>Login ID</source>
        <translation>ログインID</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部署</translation>
    </message>
</context>
<context>
    <name>certdesk::UsersEmptyState</name>
    <message>
        <source>No users yet</source>
        <translation>ユーザーがまだいません</translation>
    </message>
    <message>
        <source>Next steps: add users one by one or import them from a CSV file, set up mail so that users receive their download links and key passwords, and start the download portal.</source>
        <translation>次にすること: ユーザーを1人ずつ追加するか CSV ファイルから取り込み、ユーザーがダウンロード用リンクと鍵のパスワードを受け取れるようメールを設定し、ダウンロード用ポータルを開始します。</translation>
    </message>
    <message>
        <source>An administrator adds the users. They appear here as soon as they are added.</source>
        <translation>ユーザーは管理者が追加します。追加されるとすぐにここに表示されます。</translation>
    </message>
    <message>
        <source>Add a user…</source>
        <translation>ユーザーを追加…</translation>
    </message>
    <message>
        <source>Import users from a CSV file…</source>
        <translation>CSV ファイルからユーザーを取り込む…</translation>
    </message>
    <message>
        <source>Set up mail…</source>
        <translation>メールを設定…</translation>
    </message>
    <message>
        <source>Start the download portal…</source>
        <translation>ダウンロード用ポータルを開始…</translation>
    </message>
</context>
<context>
    <name>certdesk::UsersModel</name>
    <message numerus="yes">
        <source>%n certificate(s)</source>
        <translation>
            <numerusform>%n 枚</numerusform>
        </translation>
    </message>
    <message>
        <source>A certificate of this user has passed its download deadline or validity.</source>
        <translation>このユーザーには、ダウンロード期限または有効期限を過ぎた証明書があります。</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>ユーザー名</translation>
    </message>
    <message>
        <source>Login ID</source>
        <translation>ログインID</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部署</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>証明書発行枚数</translation>
    </message>
</context>
<context>
    <name>certdesk::UsersPage</name>
    <message>
        <source>Users &amp; certificates</source>
        <translation>ユーザーと証明書</translation>
    </message>
    <message numerus="yes">
        <source>%n user(s)</source>
        <translation>
            <numerusform>%n 人</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit user</source>
        <translation>ユーザーの編集</translation>
    </message>
    <message>
        <source>Delete user</source>
        <translation>ユーザーの削除</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>Delete the user %1?

This revokes all %n certificate(s) of the user; their devices can no longer use the service. The certificate information is deleted as well. The revoked certificates and the history are kept.</source>
        <translation>
            <numerusform>ユーザー %1 を削除しますか?

このユーザーの証明書 %n 枚がすべて失効し、それらのデバイスからはサービスを利用できなくなります。証明書情報も削除されます。失効した証明書と操作履歴は残ります。</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete the user %1?

The certificate information is deleted as well. Revoked certificates and the history are kept.</source>
        <translation>ユーザー %1 を削除しますか?

証明書情報も削除されます。失効した証明書と操作履歴は残ります。</translation>
    </message>
    <message>
        <source>Search by name, furigana or login ID</source>
        <translation>氏名、フリガナ、またはログインIDで検索</translation>
    </message>
    <message>
        <source>All users</source>
        <translation>すべてのユーザー</translation>
    </message>
    <message>
        <source>&amp;Add user…</source>
        <translation>ユーザーを追加(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>編集(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Delete user…</source>
        <translation>ユーザーを削除(&amp;D)…</translation>
    </message>
</context>
<context>
    <name>certdesk::ZipExportSection</name>
    <message>
        <source>Export certificates as ZIP</source>
        <translation>証明書のZIPエクスポート</translation>
    </message>
    <message>
        <source>ZIP files (*.zip)</source>
        <translation>ZIPファイル (*.zip)</translation>
    </message>
    <message>
        <source>Export every certificate that is awaiting download as one ZIP file, to hand the devices&apos; certificates over yourself: one PKCS#12 file per certificate, the CA certificate (cacert.pem and cacert.crt) and %1 with the automatically generated key passwords.</source>
        <translation>ダウンロード待ちのすべての証明書を1つのZIPファイルにエクスポートし、デバイスの証明書を自分で受け渡せるようにします。ZIPファイルには、証明書ごとのPKCS#12ファイル、CA証明書(cacert.pem と cacert.crt)、秘密の鍵(自動生成)を記載したパスワードリスト(%1)が含まれます。</translation>
    </message>
    <message numerus="yes">
        <source>%n certificate(s) awaiting download.</source>
        <translation>
            <numerusform>ダウンロード待ちの証明書は %n 枚です。</numerusform>
        </translation>
    </message>
    <message>
        <source>The ZIP file contains the certificates&apos; private keys and the passwords that open them. Anyone who has it can use the service as these users: save it only where no one else can read it, hand it over securely, and delete it afterwards.</source>
        <translation>ZIPファイルには、証明書の秘密鍵と、それを開くための秘密の鍵が含まれています。このファイルを入手した人は誰でも、これらのユーザーとしてサービスを利用できます。他の人が読み取れない場所にだけ保存し、安全な方法で受け渡して、受け渡し後は削除してください。</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>エクスポートしています…</translation>
    </message>
    <message>
        <source>&amp;Export ZIP…</source>
        <translation>ZIPをエクスポート(&amp;E)…</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>%1 を書き込んでいます…</translation>
    </message>
    <message>
        <source>Exported %1 and %2 to %3.</source>
        <translation>%1と%2を %3 にエクスポートしました。</translation>
    </message>
    <message numerus="yes">
        <source>%n certificate(s)</source>
        <translation>
            <numerusform>証明書 %n 枚</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n password(s)</source>
        <translation>
            <numerusform>秘密の鍵 %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n certificate(s) have a key password that was entered by hand or shown only once at issuance; it is not in the list.</source>
        <translation>
            <numerusform>証明書 %n 枚の秘密の鍵は、手入力されたか発行時に一度だけ表示されたものであるため、パスワードリストには含まれていません。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>URL is sqlite:PATH or postgresql://USER@HOST:PORT/DB (default: $CERTDESK_DB).</source>
        <translation>URL は sqlite:PATH または postgresql://USER@HOST:PORT/DB の形式です(既定値: $CERTDESK_DB)。</translation>
    </message>
    <message>
        <source>The CA passphrase comes from --passphrase-file, $CERTDESK_CA_PASSPHRASE, the OS keychain or a prompt.</source>
        <translation>CAのパスフレーズは --passphrase-file、$CERTDESK_CA_PASSPHRASE、OSのキーチェーン、または入力プロンプトから取得します。</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>コマンド:</translation>
    </message>
    <message>
        <source>Unknown global option %1.</source>
        <translation>%1 は不明なグローバルオプションです。</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>コマンド「%1」は不明です。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs a subcommand: %2</source>
        <translation>「%1」にはサブコマンドが必要です: %2</translation>
    </message>
    <message>
        <source>Usage: %1</source>
        <translation>使い方: %1</translation>
    </message>
    <message>
        <source>Usage: certdesk-cli [--db URL] [--operator NAME] [--operator-password-file F] [--json] [--passphrase-file F] [--lang ja|en] COMMAND ...</source>
        <translation>使い方: certdesk-cli [--db URL] [--operator NAME] [--operator-password-file F] [--json] [--passphrase-file F] [--lang ja|en] COMMAND ...</translation>
    </message>
    <message>
        <source>Every command runs for a signed-in operator: --operator NAME (default: $CERTDESK_OPERATOR), the password from --operator-password-file, $CERTDESK_OPERATOR_PASSWORD or a prompt. Without a sign-in only help, version, init (which creates the first administrator) and operator bootstrap (the first administrator of a database made before operators existed) run.</source>
        <translation>どのコマンドもログインしたオペレーターとして実行します: --operator NAME（既定: $CERTDESK_OPERATOR）、パスワードは --operator-password-file、$CERTDESK_OPERATOR_PASSWORD またはプロンプトから。ログインなしで実行できるのは help、version、init（最初の管理者を作成）、operator bootstrap（オペレーター導入前に作られたデータベースの最初の管理者を作成）だけです。</translation>
    </message>
    <message>
        <source>Exit codes: 0 ok, 1 failure, 2 usage, 3 not found, 4 invalid input, 5 conflict, 6 CA locked or wrong passphrase, 7 crypto, 8 database, 9 file, 10 cancelled, 11 not permitted (not signed in, wrong password, locked or disabled operator, or the role may not do this), 12 database unreachable or connection lost (nothing saved; try again).</source>
        <translation>終了コード: 0 正常、1 失敗、2 使い方の誤り、3 見つからない、4 入力が不正、5 競合、6 CA がロック中またはパスフレーズ誤り、7 暗号処理、8 データベース、9 ファイル、10 キャンセル、11 許可されていない（未サインイン、パスワード誤り、ロック・無効化されたオペレーター、またはロールで許可されていない操作）、12 データベースに接続できないか接続が切れた（何も保存されていません。もう一度実行してください）。</translation>
    </message>
</context>
</TS>
