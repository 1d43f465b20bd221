#!/usr/bin/env python3
"""Writes the user import fixtures the way Japanese Excel saves "CSV (comma delimited)":
Shift_JIS (Windows code page 932) with CRLF line ends, plus one UTF-8 file with a BOM and English
headers. Run it from anywhere; it rewrites the files next to itself. tst_UserCsv and tst_CliUserCsv
compare against these exact contents, so keep the tests in step when changing a row."""
import csv
import io
import os

HERE = os.path.dirname(os.path.abspath(__file__))
HEADER = ["ログインID", "メールアドレス", "氏名", "部署", "役職", "グループ"]

# 髙 (IBM extension, 0xFBFC) and ① (NEC special character, 0x8740) exist only in CP932, not in JIS X 0208.
OK_ROWS = [
    ["yamada.taro", "yamada@example.co.jp", "山田 太郎", "営業部", "課長", "営業;東京"],
    ["suzuki.hanako", "suzuki@example.co.jp", "鈴木 花子", "総務部", "", "総務"],
    ["sato.ichiro", "sato@example.co.jp", "佐藤 一郎", "開発部①課", "主任", "開発;大阪"],
    ["takahashi.yuko", "takahashi@example.co.jp", "髙橋 優子", "経理部", "部長", "営業;東京"],
    ["ito.kenji", "ito@example.co.jp", "伊藤 健二", "情報システム部", "", ""],
]


def rows_to_text(rows):
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\r\n")  # QUOTE_MINIMAL, like Excel
    for row in rows:
        writer.writerow(row)
    return buf.getvalue()


# Windows encodes characters that CP932 has twice with the IBM extension code (0xFA40-0xFC4B); Python's
# codec picks the NEC-selected duplicate (0xED40-0xEEFC). Write what Excel on Windows writes.
WINDOWS_CODES = {"髙": b"\xfb\xfc"}


def encode(text, encoding):
    if encoding != "cp932":
        return text.encode(encoding)
    return b"".join(WINDOWS_CODES.get(c) or c.encode("cp932") for c in text)


def write(name, text, encoding="cp932"):
    with open(os.path.join(HERE, name), "wb") as f:
        f.write(encode(text, encoding))


def main():
    # 5 users; an empty Excel row (",,,,,") between them is skipped. Lines: header 1, users 2-4 and 6-7.
    ok = [HEADER] + OK_ROWS[:3] + [[""] * 6] + OK_ROWS[3:]
    write("users-ok-cp932.csv", rows_to_text(ok))

    # The same users with one change: suzuki.hanako's title.
    edited = [row[:] for row in OK_ROWS]
    edited[1][4] = "係長"
    write("users-edited-cp932.csv", rows_to_text([HEADER] + edited))

    # No e-mail column at all: one problem on line 1.
    write("users-missing-email-cp932.csv",
          rows_to_text([[c for i, c in enumerate(r) if i != 1] for r in [HEADER] + OK_ROWS]))

    # Bad login IDs on lines 3, 4 and 5 (kanji, inner space, leading hyphen); line 2 is fine.
    bad_login = [row[:] for row in OK_ROWS[:4]]
    bad_login[1][0] = "鈴木"
    bad_login[2][0] = "sato ichiro"
    bad_login[3][0] = "-takahashi"
    write("users-bad-login-cp932.csv", rows_to_text([HEADER] + bad_login))

    # Bad e-mail addresses on lines 2 (no dot in the domain), 3 (full-width ＠) and 5 (blank).
    bad_email = [row[:] for row in OK_ROWS]
    bad_email[0][1] = "yamada@example"
    bad_email[1][1] = "suzuki＠example.co.jp"
    bad_email[3][1] = ""
    write("users-bad-email-cp932.csv", rows_to_text([HEADER] + bad_email))

    # yamada.taro on lines 2, 4 and 6: lines 4 and 6 name line 2.
    dup = [OK_ROWS[0], OK_ROWS[1], ["yamada.taro", "yamada2@example.co.jp", "山田 太郎", "", "", ""],
           OK_ROWS[2], ["yamada.taro", "yamada3@example.co.jp", "山田 太郎", "", "", ""]]
    write("users-duplicate-login-cp932.csv", rows_to_text([HEADER] + dup))

    # Name of 129 characters on line 3 is refused; 128 on line 2 is the limit and accepted.
    long_name = [row[:] for row in OK_ROWS[:3]]
    long_name[0][2] = "山" * 128
    long_name[1][2] = "花" * 129
    write("users-long-name-cp932.csv", rows_to_text([HEADER] + long_name))

    # UTF-8 with BOM and English headers (aliases in mixed case and with spaces); quoted cells.
    english = [["Login ID", "E-mail", "Display Name", "Department", "Title", "Groups"],
               ["mary.jones", "mary@example.com", 'Mary "MJ" Jones', "Sales, Tokyo", "Manager", "sales;tokyo"],
               ["li.wei", "li@example.com", "Li Wei", "R&D", "", "dev"],
               ["tanaka.jiro", "tanaka@example.co.jp", "田中 次郎", "営業部", "", "営業；東京"]]
    write("users-english-utf8-bom.csv", "\ufeff" + rows_to_text(english), "utf-8")


if __name__ == "__main__":
    main()
