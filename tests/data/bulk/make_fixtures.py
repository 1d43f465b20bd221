#!/usr/bin/env python3
"""Writes the bulk issuance (certificateform.csv) fixtures the way Japanese Excel saves
"CSV (comma delimited)": Windows code page 932, CRLF line ends, full-width parentheses in the header
(氏名（姓）), ○ marks, in-cell line breaks as a bare LF inside a quoted cell. One file is UTF-8 with a
BOM, LF line ends and the English header names. Deterministic: run it from anywhere, it rewrites the
files next to itself. tst_BulkIssue and tst_CliBulk compare against these exact contents (lines,
values, messages), so keep the tests in step when changing a row.

The tests create these users first (USERS below):
  yamada.taro, suzuki.hanako, sato.ichiro, tanaka.jiro  with registered certificate information
  takahashi.yuko                                        without (the files register it)
"""
import csv
import io
import os
import random

HERE = os.path.dirname(os.path.abspath(__file__))

# The seed 000 header as Excel shows it after a Japanese user retyped it: full-width parentheses.
HEADER = ["発行する", "ログインID", "メールアドレス", "役職", "部署", "氏名（姓）", "氏名（名）",
          "フリガナ（姓）", "フリガナ（名）", "氏名（姓）英語表記", "氏名（名）英語表記", "Windows",
          "iOS（アプリ/ブラウザ）", "iOS（専用ブラウザ）", "Mac", "Android", "秘密の鍵の自動生成",
          "秘密の鍵", "備考"]
COL = {name: i for i, name in enumerate(HEADER)}
DEVICES = {"windows": "Windows", "ios-app": "iOS（アプリ/ブラウザ）", "ios-browser": "iOS（専用ブラウザ）",
           "mac": "Mac", "android": "Android"}

# login: (e-mail, title, department, identity or None). Identity: family, given, kana, kana (English
# names are filled by passport Hepburn: yamada taro, suzuki hanako, sato ichiro, tanaka jiro).
USERS = {
    "yamada.taro": ("yamada@example.co.jp", "課長", "営業部", ("山田", "太郎", "ヤマダ", "タロウ")),
    "suzuki.hanako": ("suzuki@example.co.jp", "", "総務部", ("鈴木", "花子", "スズキ", "ハナコ")),
    "sato.ichiro": ("sato@example.co.jp", "主任", "開発部", ("佐藤", "一郎", "サトウ", "イチロウ")),
    "tanaka.jiro": ("tanaka@example.co.jp", "", "営業部", ("田中", "次郎", "タナカ", "ジロウ")),
    "takahashi.yuko": ("takahashi@example.co.jp", "部長", "経理部", None),
}


def row(issue="", login="", email="", title="", dept="", names=("", "", "", "", "", ""), device=None,
        mark="○", auto="", password="", remarks="", extra=None):
    """One data row; `device` marks that device column with `mark`, `extra` sets any column by name."""
    cells = [""] * len(HEADER)
    cells[COL["発行する"]] = issue
    cells[COL["ログインID"]] = login
    cells[COL["メールアドレス"]] = email
    cells[COL["役職"]] = title
    cells[COL["部署"]] = dept
    for k, v in enumerate(names):
        cells[COL["氏名（姓）"] + k] = v
    if device:
        cells[COL[DEVICES[device]]] = mark
    cells[COL["秘密の鍵の自動生成"]] = auto
    cells[COL["秘密の鍵"]] = password
    cells[COL["備考"]] = remarks
    for name, value in (extra or {}).items():
        cells[COL[name]] = value
    return cells


def prefilled(login, **kw):
    """A row as the template prefills it (login ID, e-mail, title, department, registered names)."""
    email, title, dept, ident = USERS[login]
    kw.setdefault("names", tuple(ident) + ("", "") if ident else ("", "", "", "", "", ""))
    return row(login=login, email=email, title=title, dept=dept, **kw)


def rows_to_text(rows, lineterminator="\r\n"):
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator=lineterminator)  # QUOTE_MINIMAL, like Excel
    for r in rows:
        writer.writerow(r)
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


def write_bytes(name, data):
    with open(os.path.join(HERE, name), "wb") as f:
        f.write(data)


# A valid file for the existing users (lines 2-6); the broken files each change a few cells of it.
def base_rows():
    return [
        prefilled("yamada.taro", issue="○", device="windows", auto="○"),                       # line 2
        prefilled("suzuki.hanako", issue="○", device="ios-app", password="Suzuki#2024"),       # line 3
        prefilled("sato.ichiro", issue="○", device="android", auto="○"),                       # line 4
        prefilled("takahashi.yuko", issue="○", device="mac", auto="○",                         # line 5
                  names=("髙橋", "優子", "タカハシ", "ユウコ", "", "")),
        prefilled("tanaka.jiro"),                                                               # line 6, skipped
    ]


def write_ok_cp932():
    """5 certificates (lines 2, 4, 6, 8, 9), 2 skipped rows (3, 7); 1 new user, 2 new identities.
    Every device once; marks ○ 〇 O o 1 all used; auto and manual passwords (6 and 32 characters)."""
    rows = [
        # line 2: English names written as registered but capitalised (compared case-insensitively);
        # remarks with a comma (quoted).
        prefilled("yamada.taro", issue="○", device="windows", mark="○", auto="○", remarks="ノートPC, 予備",
                  names=("山田", "太郎", "ヤマダ", "タロウ", "Yamada", "Taro")),
        # line 3: 発行する blank: skipped.
        prefilled("tanaka.jiro"),
        # lines 4-5: names left blank (the registered ones), another notification address, a 32-character
        # password with symbols, remarks with a line break (Excel writes a bare LF inside the quotes).
        row(issue="〇", login="suzuki.hanako", email="hanako.phone@example.co.jp", device="ios-app", mark="〇",
            password="Abcdefgh-1234567890_!@#$%^&*()+=", remarks="iPhone 15\n社用"),
        # line 6: half-width katakana (normalised before comparison).
        prefilled("sato.ichiro", issue="O", device="ios-browser", mark="o", auto="1",
                  names=("佐藤", "一郎", "ｻﾄｳ", "ｲﾁﾛｳ", "", "")),
        # line 7: 発行する blank: skipped whatever else it says (an unknown user, a device, a password).
        row(login="kimura.shin", email="kimura@example.co.jp", device="windows", password="x"),
        # line 8: a user without certificate information registers it (English by Hepburn); 6-character
        # password with a quote and a comma (quoted).
        prefilled("takahashi.yuko", issue="o", device="mac", mark="1", password='a"b,c!',
                  names=("髙橋", "優子", "タカハシ", "ユウコ", "", ""), remarks="MacBook Air"),
        # line 9: a new user (create missing users) with certificate information.
        row(issue="1", login="ito.kenji", email="ito@example.co.jp", title="主任", dept="情報システム部",
            names=("伊藤", "健二", "イトウ", "ケンジ", "", ""), device="android", mark="○", auto="〇"),
    ]
    write("ok-cp932.csv", rows_to_text([HEADER] + rows))


def write_ok_english():
    """UTF-8 with BOM, LF, English header names in another column order: 3 certificates (lines 2-4),
    1 skipped row (line 5), 1 new identity."""
    english = ["Login ID", "Issue", "E-mail", "Title", "Department", "Family name", "Given name",
               "Family name (kana)", "Given name (kana)", "Family name (English)", "Given name (English)",
               "Windows", "iOS (app/browser)", "iOS (dedicated browser)", "Mac", "Android",
               "Auto key password", "Key password", "Remarks"]
    order = [1, 0] + list(range(2, len(HEADER)))  # Login ID first, then Issue
    rows = [
        prefilled("yamada.taro", issue="1", device="windows", mark="1", auto="1", remarks="Dell Latitude"),
        prefilled("sato.ichiro", issue="o", device="android", mark="o", password="S@to-2024", remarks="Pixel 8, work"),
        prefilled("takahashi.yuko", issue="1", device="ios-browser", mark="1", auto="1",
                  names=("髙橋", "優子", "タカハシ", "ユウコ", "Takahashi", "Yuko")),
        prefilled("suzuki.hanako", device="mac", auto="1"),  # Issue blank: skipped
    ]
    text = rows_to_text([english] + [[r[i] for i in order] for r in rows], lineterminator="\n")
    write("ok-utf8-bom-english.csv", "\ufeff" + text, "utf-8")


def write_broken():
    """One file per rule; each holds exactly one kind of problem (lines in the comments)."""
    def broken(name, rows, header=HEADER):
        write("bad-" + name + "-cp932.csv", rows_to_text([header] + rows))

    # Header: 社員番号 (inserted after ログインID) and 備考欄 are unknown; line 1 twice.
    header = HEADER[:2] + ["社員番号"] + HEADER[2:-1] + ["備考欄"]
    rows = [r[:2] + ["E%04d" % (i + 1)] + r[2:] for i, r in enumerate(base_rows())]
    broken("unknown-column", rows, header)

    # Header without Mac and 秘密の鍵 (both required); no row uses them.
    drop = {COL["Mac"], COL["秘密の鍵"]}
    keep = [i for i in range(len(HEADER)) if i not in drop]
    rows = [r for r in base_rows() if r[COL["Mac"]] == "" and r[COL["秘密の鍵"]] == ""]
    broken("missing-column", [[r[i] for i in keep] for r in rows], [HEADER[i] for i in keep])

    # Not a mark: 発行する "はい" (line 2), Windows "×" next to the iOS mark (3), Mac "レ" next to the
    # Android mark (4), 秘密の鍵の自動生成 "yes" (5).
    rows = base_rows()
    rows[0][COL["発行する"]] = "はい"
    rows[1][COL["Windows"]] = "×"
    rows[2][COL["Mac"]] = "レ"
    rows[3][COL["秘密の鍵の自動生成"]] = "yes"
    broken("not-a-mark", rows)

    # Nothing marked: every 発行する blank.
    rows = base_rows()
    for r in rows:
        r[COL["発行する"]] = ""
    broken("none-marked", rows)

    # yamada.taro again on lines 4 and 6 (other devices): both name line 2.
    rows = base_rows()[:2] + [prefilled("yamada.taro", issue="○", device="mac", auto="○")] + base_rows()[2:3] + \
        [prefilled("yamada.taro", issue="1", device="android", password="Yamada-2nd")]
    broken("duplicate-login", rows)

    # No device marked on lines 3 and 4.
    rows = base_rows()
    for r in rows[1:3]:
        for d in DEVICES.values():
            r[COL[d]] = ""
    broken("no-device", rows)

    # Two devices on line 2 (Windows, Mac), three on line 5 (Mac, Windows, Android).
    rows = base_rows()
    rows[0][COL["Mac"]] = "○"
    rows[3][COL["Windows"]] = "○"
    rows[3][COL["Android"]] = "1"
    broken("two-devices", rows)

    # Auto mark and a password on lines 3 (11 characters) and 4 (9).
    rows = base_rows()
    rows[1][COL["秘密の鍵の自動生成"]] = "○"
    rows[2][COL["秘密の鍵"]] = "sato-pass"
    broken("auto-and-password", rows)

    # Neither auto mark nor password on lines 2 and 5.
    rows = base_rows()
    rows[0][COL["秘密の鍵の自動生成"]] = ""
    rows[3][COL["秘密の鍵の自動生成"]] = ""
    broken("no-password", rows)

    # Password length: 5 characters on line 3, 33 on line 4.
    rows = base_rows()
    rows[1][COL["秘密の鍵"]] = "Ab#12"
    rows[2][COL["秘密の鍵の自動生成"]] = ""
    rows[2][COL["秘密の鍵"]] = "Abcdefgh-1234567890_!@#$%^&*()+=x"
    broken("password-short", rows)

    # A space inside (line 3) and in front (line 4).
    rows = base_rows()
    rows[1][COL["秘密の鍵"]] = "Suzuki 2024"
    rows[2][COL["秘密の鍵の自動生成"]] = ""
    rows[2][COL["秘密の鍵"]] = " Sato2024"
    broken("password-space", rows)

    # Full-width characters: all of them (line 3), one full-width ＃ (line 4).
    rows = base_rows()
    rows[1][COL["秘密の鍵"]] = "ｓｕｚｕｋｉ２０２４"
    rows[2][COL["秘密の鍵の自動生成"]] = ""
    rows[2][COL["秘密の鍵"]] = "Sato＃2024"
    broken("password-fullwidth", rows)

    # Registered certificate information written differently: family name on line 2; given furigana
    # (イチロー for イチロウ) and given English name on line 4.
    rows = base_rows()
    rows[0][COL["氏名（姓）"]] = "山本"
    rows[2][COL["フリガナ（名）"]] = "イチロー"
    rows[2][COL["氏名（名）英語表記"]] = "Ichiroh"
    broken("identity-differs", rows)

    # New certificate information (takahashi.yuko has none) with kanji in the furigana (line 5). The
    # English family name is written (Hepburn cannot fill it from kanji); the hiragana given furigana is
    # valid (normalised to katakana).
    rows = base_rows()
    rows[3][COL["フリガナ（姓）"]] = "高橋"
    rows[3][COL["フリガナ（名）"]] = "ゆうこ"
    rows[3][COL["氏名（姓）英語表記"]] = "Takahashi"
    broken("new-identity", rows)

    # Login IDs of nobody (lines 3 and 5), without "create missing users".
    rows = base_rows()
    rows[1] = row(issue="○", login="kimura.shin", email="kimura@example.co.jp", device="ios-app", auto="○",
                  names=("木村", "伸", "キムラ", "シン", "", ""))
    rows[3] = row(issue="○", login="nakamura.aya", email="nakamura@example.co.jp", device="mac",
                  password="Nakamura!1", names=("中村", "彩", "ナカムラ", "アヤ", "", ""))
    broken("unknown-login", rows)

    # Slot limit: the test sets the limit to 2 and issues 2 certificates each to yamada.taro (line 2)
    # and sato.ichiro (line 4) first.
    broken("slot-limit", base_rows())

    # E-mail addresses: no dot in the domain (line 2), full-width ＠ (line 3).
    rows = base_rows()
    rows[0][COL["メールアドレス"]] = "yamada@example"
    rows[1][COL["メールアドレス"]] = "suzuki＠example.co.jp"
    broken("email", rows)

    # A quote opened on line 4 (備考) and never closed: the reader stops with the line number.
    text = rows_to_text([HEADER] + base_rows()[:2])
    bad = rows_to_text([base_rows()[2]]).rstrip("\r\n") + '"iPhone (社用\r\n'
    write("bad-quoting-cp932.csv", text + bad + rows_to_text(base_rows()[3:]))

    # Neither UTF-8 nor CP932: the CP932 file with a remark pasted from a Windows-1252 document on line
    # 3 ("Café, 5 €": 0xE9 0x2C is no CP932 pair, 0x80 is unassigned).
    rows = base_rows()
    rows[1][COL["備考"]] = "@CAFE@"
    data = encode(rows_to_text([HEADER] + rows), "cp932")
    data = data.replace(b"@CAFE@", '"Café, 5 €"'.encode("cp1252"))
    write_bytes("bad-encoding.csv", data)


# 200 new users (create missing users): Japanese names with furigana, English left blank (Hepburn).
FAMILY = [("佐藤", "サトウ"), ("鈴木", "スズキ"), ("高橋", "タカハシ"), ("田中", "タナカ"), ("伊藤", "イトウ"),
          ("渡辺", "ワタナベ"), ("山本", "ヤマモト"), ("中村", "ナカムラ"), ("小林", "コバヤシ"), ("加藤", "カトウ"),
          ("吉田", "ヨシダ"), ("山田", "ヤマダ"), ("佐々木", "ササキ"), ("山口", "ヤマグチ"), ("松本", "マツモト"),
          ("井上", "イノウエ"), ("木村", "キムラ"), ("林", "ハヤシ"), ("斎藤", "サイトウ"), ("清水", "シミズ"),
          ("大塚", "オオツカ"), ("服部", "ハットリ"), ("本間", "ホンマ"), ("難波", "ナンバ"), ("髙木", "タカギ")]
GIVEN = [("太郎", "タロウ"), ("花子", "ハナコ"), ("一郎", "イチロウ"), ("次郎", "ジロウ"), ("優子", "ユウコ"),
         ("健二", "ケンジ"), ("美咲", "ミサキ"), ("翔太", "ショウタ"), ("陽菜", "ヒナ"), ("大輔", "ダイスケ"),
         ("恵", "メグミ"), ("直樹", "ナオキ"), ("由美", "ユミ"), ("拓也", "タクヤ"), ("さくら", "サクラ"),
         ("純一", "ジュンイチ"), ("智子", "トモコ"), ("亮", "リョウ"), ("千尋", "チヒロ"), ("伸", "シン")]
DEPARTMENTS = ["営業部", "総務部", "開発部", "経理部", "情報システム部", "人事部", "製造部"]
TITLES = ["", "", "", "主任", "係長", "課長", "部長"]
MARKS = ["○", "〇", "O", "o", "1"]
PASSWORD_CHARS = "".join(chr(c) for c in range(0x21, 0x7F))  # printable ASCII without space


def write_users200():
    """Lines 2-201: emp0001..emp0200; every third (n % 3 == 0) has a manual password, the rest auto."""
    rnd = random.Random(20240601)
    device_ids = list(DEVICES)
    rows = []
    for n in range(1, 201):
        fam, fam_kana = FAMILY[(n * 7) % len(FAMILY)]
        giv, giv_kana = GIVEN[(n * 3 + n // len(FAMILY)) % len(GIVEN)]
        login = "emp%04d" % n
        manual = n % 3 == 0
        password = "".join(rnd.choice(PASSWORD_CHARS) for _ in range(rnd.randint(6, 32))) if manual else ""
        rows.append(row(issue=MARKS[n % 5], login=login, email=login + "@example.co.jp",
                        title=TITLES[n % len(TITLES)], dept=DEPARTMENTS[n % len(DEPARTMENTS)],
                        names=(fam, giv, fam_kana, giv_kana, "", ""), device=device_ids[(n * 2 + n // 5) % 5],
                        mark=MARKS[(n + 2) % 5], auto="" if manual else MARKS[(n + 1) % 5], password=password,
                        remarks="" if n % 4 else "一括発行 %d" % n))
    write("users200-cp932.csv", rows_to_text([HEADER] + rows))


def write_licence():
    """Lines 2-4: one certificate each for u1, u2, u3 (users of tst_CliLicence, names registered)."""
    rows = [row(issue="○", login="u%d" % n, device="windows", auto="○") for n in (1, 2, 3)]
    write("licence-three-cp932.csv", rows_to_text([HEADER] + rows))


def main():
    write_ok_cp932()
    write_ok_english()
    write_broken()
    write_users200()
    write_licence()


if __name__ == "__main__":
    main()
