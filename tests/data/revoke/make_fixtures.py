#!/usr/bin/env python3
"""Writes the bulk revocation (seed 002 "CSV一括失効") fixtures the way Japanese Excel saves
"CSV (comma delimited)": Windows code page 932, CRLF line ends, every row padded with commas to the
widest row of the sheet, full-width parentheses where a Japanese user typed them. Deterministic: run it
from anywhere, it rewrites the files next to itself. tst_BulkRevoke and tst_CliBulkRevoke compare
against these exact contents (lines, values, messages), so keep the tests in step when changing a line.

Serial numbers are random, so no fixture holds one: the tests write the serial-number files themselves.

The tests first issue these certificates (login ID: slot device), in this order:
  yamada.taro     1 windows, 2 ios-app
  suzuki.hanako   1 mac, 2 android
  sato.ichiro     1 windows, 2 ios-browser, 3 ios-app
  tanaka.jiro     1 windows (then revoked)
  takahashi.yuko  a registered user without any certificate
"""
import os

HERE = os.path.dirname(os.path.abspath(__file__))


def excel_csv(rows):
    """Rows as Excel writes them: padded to the widest row, no quoting needed for these cells, CRLF."""
    width = max((len(r) for r in rows), default=0)
    return "".join(",".join(r + [""] * (width - len(r))) + "\r\n" for r in rows)


def write(name, rows):
    with open(os.path.join(HERE, name), "wb") as f:
        f.write(excel_csv(rows).encode("cp932"))


def write_bytes(name, data):
    with open(os.path.join(HERE, name), "wb") as f:
        f.write(data)


def main():
    # 5 certificates of 3 users: a common name (line 2, both of yamada.taro's), a device id (line 3), a
    # blank row as Excel writes it (line 4, skipped), certificateform.csv column names with full-width
    # (line 5) and ASCII (line 6) parentheses. Left active: suzuki.hanako 1 mac, sato.ichiro 1 windows.
    write("ok-cp932.csv", [
        ["ログインID", "デバイス"],
        ["yamada.taro"],                      # line 2
        ["suzuki.hanako", "android"],         # line 3
        [],                                   # line 4
        ["sato.ichiro", "iOS（専用ブラウザ）"],  # line 5
        ["sato.ichiro", "iOS(アプリ/ブラウザ)"],  # line 6
    ])
    # No header: the first line is already a certificate. A column name with a full-width slash too.
    write("ok-noheader-cp932.csv", [
        ["suzuki.hanako", "Mac"],                 # line 1
        ["sato.ichiro", "iOS（アプリ／ブラウザ）"],  # line 2
    ])
    # Common names with nothing left to revoke: unknown (3), a user without certificates (4), a user whose
    # only certificate is revoked (5). Line 2 is fine.
    write("bad-unknown-cn-cp932.csv", [
        ["コモンネーム"],
        ["yamada.taro"],
        ["kimura.shin"],
        ["takahashi.yuko"],
        ["tanaka.jiro"],
    ])
    # Login ID and device with nothing left to revoke: revoked (2), no such device (3), unknown user (4).
    # Line 5 is fine.
    write("bad-nothing-active-cp932.csv", [
        ["ログインID", "デバイス"],
        ["tanaka.jiro", "Windows"],
        ["yamada.taro", "Mac"],
        ["kimura.shin", "Windows"],
        ["suzuki.hanako", "Android"],
    ])
    # Devices that are not one: a phone model (2), "iOS" alone (4). Line 3 is fine.
    write("bad-unknown-device-cp932.csv", [
        ["ログインID", "デバイス"],
        ["yamada.taro", "iPhone"],
        ["suzuki.hanako", "Mac"],
        ["sato.ichiro", "iOS"],
    ])
    # A third cell (line 3); the rest is padded by Excel with an empty third cell, which is fine.
    write("bad-three-cells-cp932.csv", [
        ["ログインID", "デバイス"],
        ["suzuki.hanako", "Mac"],
        ["yamada.taro", "Windows", "ノートPC"],
        ["sato.ichiro", "Windows"],
    ])
    # The same certificate twice: yamada.taro's windows by common name (2) and by device (3); sato.ichiro's
    # ios-browser by device (4) and by common name (5, which also names two others: those are fine).
    write("bad-duplicate-cp932.csv", [
        ["ログインID", "デバイス"],
        ["yamada.taro"],
        ["yamada.taro", "Windows"],
        ["sato.ichiro", "iOS（専用ブラウザ）"],
        ["sato.ichiro"],
    ])
    # Nothing named at all.
    write_bytes("empty.csv", b"")
    write("header-only-cp932.csv", [
        ["ログインID", "デバイス"],
        [],
        [],
    ])


if __name__ == "__main__":
    main()
