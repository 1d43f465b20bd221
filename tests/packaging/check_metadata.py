#!/usr/bin/env python3
"""CTest packaging_metadata: what the installers are made of is well-formed and consistent, including the
parts that only Windows and macOS can build (WiX sources, Info.plist, entitlements, .ico/.icns).

  check_metadata.py SOURCE_DIR BUILD_DIR BIN_DIR VERSION

Checks, each reported by name, all run even when one fails:
  xml          every .wxs/.xml/.plist/.entitlements/.svg under packaging/ and resources/icons parses
  plist        Info.plist.in (with its @VARIABLES@ filled in) and the entitlements load with plistlib; bundle
               id, version, minimum macOS, en + ja localisations, the .icns it names exists
  wix          UpgradeCode and component GUIDs are GUIDs; patch.xml references the component cli-prompt.wxs
               defines; cli-prompt.wxs uses only CPack's directory ids
  files        every packaging/ or resources/ file cmake/Packaging.cmake and app/*/CMakeLists.txt name exists
  icons        png/certdesk-N.png is N x N; the .ico holds 16..256; the .icns holds 16..512
  man          the man pages render without warnings; every command of `certdesk-cli help` and every option
               of `certdesk-portal --help` is in its man page
  desktop      desktop-file-validate and appstreamcli validate (metainfo as configured: this version)
  systemd      systemd-analyze verify on the unit (ExecStart pointed at the built certdesk-portal)
  scripts      the maintainer scripts pass `sh -n`
  nginx        `nginx -t` accepts the nginx example (certificate paths pointed at throw-away files)
  licenses     every resources/licenses/*.txt is shown by the About dialog and named in the MSI notice
"""
import os
import plistlib
import re
import shutil
import struct
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

SRC, BUILD, BIN, VERSION = sys.argv[1:5]
APP_ID = "org.certdesk.CertDesk"
failures = []


def fail(check, message):
    failures.append(f"{check}: {message}")
    print(f"FAIL {check}: {message}")


def run(args, **kw):
    return subprocess.run(args, capture_output=True, text=True, **kw)


def path(*parts):
    return os.path.join(SRC, *parts)


def check_xml():
    for root in (path("packaging"), path("resources", "icons")):
        for dirpath, _, names in os.walk(root):
            for name in names:
                if re.search(r"\.(wxs|xml|xml\.in|plist\.in|entitlements|svg)$", name):
                    try:
                        ET.parse(os.path.join(dirpath, name))
                    except ET.ParseError as e:
                        fail("xml", f"{name}: {e}")


def check_plist():
    text = open(path("packaging", "macos", "Info.plist.in"), encoding="utf-8").read()
    values = {"CERTDESK_BUNDLE_EXECUTABLE": "CertDesk", "CERTDESK_APP_ID": APP_ID,
              "PROJECT_VERSION": VERSION, "CERTDESK_MACOS_MINIMUM": "11.0"}
    for key, value in values.items():
        text = text.replace(f"@{key}@", value)
    if "@" in re.sub(r"<!--.*?-->", "", text, flags=re.S):
        fail("plist", "Info.plist.in has a variable app/gui/CMakeLists.txt does not fill in")
    info = plistlib.loads(text.encode("utf-8"))
    expect = {"CFBundleIdentifier": APP_ID, "CFBundleShortVersionString": VERSION, "CFBundleVersion": VERSION,
              "CFBundleExecutable": "CertDesk", "CFBundlePackageType": "APPL", "NSHighResolutionCapable": True}
    for key, value in expect.items():
        if info.get(key) != value:
            fail("plist", f"{key} is {info.get(key)!r}, not {value!r}")
    if not {"en", "ja"} <= set(info.get("CFBundleLocalizations", [])):
        fail("plist", "CFBundleLocalizations must declare en and ja")
    if not re.fullmatch(r"\d+\.\d+", str(info.get("LSMinimumSystemVersion", ""))):
        fail("plist", "LSMinimumSystemVersion missing")
    if not os.path.exists(path("resources", "icons", info.get("CFBundleIconFile", "-"))):
        fail("plist", f"CFBundleIconFile {info.get('CFBundleIconFile')} is not in resources/icons")
    gui_cmake = open(path("app", "gui", "CMakeLists.txt"), encoding="utf-8").read()
    for key in values:
        if key != "PROJECT_VERSION" and f"set({key} " not in gui_cmake:
            fail("plist", f"app/gui/CMakeLists.txt does not set {key}")
    if f"set(CERTDESK_APP_ID {APP_ID})" not in gui_cmake:
        fail("plist", f"app/gui/CMakeLists.txt's CERTDESK_APP_ID is not {APP_ID}")
    with open(path("packaging", "macos", "certdesk.entitlements"), "rb") as f:
        entitlements = plistlib.load(f)
    if not entitlements or any(v is not False for v in entitlements.values()):
        fail("plist", "the entitlements must list the hardened runtime's exceptions, all off")


GUID = r"[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}"
WIX = "{http://schemas.microsoft.com/wix/2006/wi}"


def check_wix():
    packaging = open(path("cmake", "Packaging.cmake"), encoding="utf-8").read()
    upgrade = re.search(r"CPACK_WIX_UPGRADE_GUID\s+(\S+)\)", packaging)
    if not upgrade or not re.fullmatch(GUID, upgrade.group(1)):
        fail("wix", "CPACK_WIX_UPGRADE_GUID is not a fixed GUID")
    wxs = ET.parse(path("packaging", "windows", "cli-prompt.wxs")).getroot()
    components = {c.get("Id"): c.get("Guid") for c in wxs.iter(f"{WIX}Component")}
    for cid, guid in components.items():
        if not re.fullmatch(GUID, guid or "") or (upgrade and guid == upgrade.group(1)):
            fail("wix", f"component {cid} needs its own fixed GUID")
    refs = {d.get("Id") for d in wxs.iter(f"{WIX}DirectoryRef")}
    if not refs <= {"PROGRAM_MENU_FOLDER", "INSTALL_ROOT"}:
        fail("wix", f"cli-prompt.wxs refers to directories CPack does not define: {refs}")
    shortcut = next(wxs.iter(f"{WIX}Shortcut"), None)
    if shortcut is None or "[INSTALL_ROOT]bin" not in shortcut.get("Arguments", "") \
            or "certdesk-cli" not in shortcut.get("Arguments", ""):
        fail("wix", "the command prompt shortcut must put [INSTALL_ROOT]bin on PATH")
    patch = ET.parse(path("packaging", "windows", "patch.xml")).getroot()
    refs = {r.get("Id") for r in patch.iter("ComponentRef")}
    if not refs or not refs <= set(components):
        fail("wix", f"patch.xml references {refs}, cli-prompt.wxs defines {set(components)}")
    for fragment in patch.iter("CPackWiXFragment"):
        if fragment.get("Id") != "#PRODUCTFEATURE":
            fail("wix", f"patch.xml patches {fragment.get('Id')}, expected #PRODUCTFEATURE")


def check_files():
    sources = [path("cmake", "Packaging.cmake")] + \
        [path("app", d, "CMakeLists.txt") for d in ("gui", "cli", "portal")]
    for source in sources:
        text = open(source, encoding="utf-8").read()
        text = text.replace("${CERTDESK_APP_ID}", APP_ID)
        for m in re.finditer(r"\$\{(CERTDESK_PACKAGING_DIR|PROJECT_SOURCE_DIR)\}/([A-Za-z0-9_./${}-]+)", text):
            rel = m.group(2)
            if m.group(1) == "CERTDESK_PACKAGING_DIR":
                rel = "packaging/" + rel
            if "${" in rel or "*" in rel:
                continue
            if not os.path.exists(path(rel)):
                fail("files", f"{os.path.relpath(source, SRC)} names {rel}, which does not exist")
    for script in (path("packaging", "windows", "sign.cmake"), path("packaging", "macos", "sign.cmake")):
        # Without signing variables both scripts only say that they do not sign.
        env = {k: v for k, v in os.environ.items() if not k.startswith(("CERTDESK_SIGN", "CERTDESK_MACOS_SIGN"))}
        r = run(["cmake", "-P", script], env=env)
        if r.returncode != 0 or "not signing" not in (r.stdout + r.stderr):
            fail("files", f"{os.path.relpath(script, SRC)} without signing variables: {r.stdout}{r.stderr}")


def png_size(file):
    with open(file, "rb") as f:
        head = f.read(24)
    if head[:8] != b"\x89PNG\r\n\x1a\n":
        return None
    return struct.unpack(">II", head[16:24])


def check_icons():
    for n in (16, 24, 32, 48, 64, 128, 256, 512):
        file = path("resources", "icons", "png", f"certdesk-{n}.png")
        if not os.path.exists(file) or png_size(file) != (n, n):
            fail("icons", f"png/certdesk-{n}.png is missing or not {n}x{n}")
    with open(path("resources", "icons", "certdesk.ico"), "rb") as f:
        data = f.read()
    reserved, kind, count = struct.unpack("<HHH", data[:6])
    sizes = set()
    for i in range(count):
        w, h = data[6 + 16 * i], data[7 + 16 * i]
        sizes.add(w or 256)
    if kind != 1 or not {16, 24, 32, 48, 64, 256} <= sizes:
        fail("icons", f"certdesk.ico holds {sorted(sizes)}, expected 16 24 32 48 64 256")
    with open(path("resources", "icons", "certdesk.icns"), "rb") as f:
        data = f.read()
    types, offset = set(), 8
    while data[:4] == b"icns" and offset + 8 <= len(data):
        kind, length = data[offset:offset + 4], struct.unpack(">I", data[offset + 4:offset + 8])[0]
        types.add(kind.decode("latin-1"))
        offset += max(length, 8)
    if not {"is32", "il32", "it32", "ic08", "ic09"} <= types:
        fail("icons", f"certdesk.icns holds {sorted(types)}, expected 16, 32, 128, 256 and 512")


def roff_text(file):
    """The man page's words: requests dropped, font escapes removed, \\- as -, whitespace collapsed."""
    words = []
    for line in open(file, encoding="utf-8"):
        line = line.rstrip("\n")
        if line.startswith(".\\\""):
            continue
        if line.startswith("."):
            parts = line.split(None, 1)
            line = parts[1] if len(parts) > 1 else ""
            line = line.replace('"', "")
        line = re.sub(r"\\f[BIRP]", "", line).replace("\\-", "-").replace("\\(bu", "")
        words.append(line)
    return re.sub(r"\s+", " ", " ".join(words))


def check_man():
    env = dict(os.environ, LC_ALL="C.UTF-8", MANROFFSEQ="", MANWIDTH="80", CERTDESK_LANG="en")
    for page in ("certdesk", "certdesk-cli", "certdesk-portal"):
        r = run(["man", "--warnings", "-E", "UTF-8", "-l", path("packaging", "man", f"{page}.1")], env=env)
        if r.returncode != 0 or r.stderr.strip():
            fail("man", f"{page}.1 does not render cleanly: {r.stderr.strip()}")
    cli = run([os.path.join(BIN, "certdesk-cli"), "help"], env=env)
    man = roff_text(path("packaging", "man", "certdesk-cli.1"))
    if cli.returncode != 0 or "Commands:" not in cli.stdout:
        fail("man", f"certdesk-cli help failed: {cli.stderr}")
    else:
        commands = cli.stdout.split("Commands:", 1)[1].split("\n\n", 1)[0]
        for line in commands.splitlines():
            usage = re.sub(r"\s+", " ", line.strip())
            if usage and usage not in man:
                fail("man", f"certdesk-cli.1 lacks: {usage}")
        for option in re.findall(r"\[(--[a-z-]+)", cli.stdout.split("\n", 1)[0]):
            if option not in man:
                fail("man", f"certdesk-cli.1 lacks the global option {option}")
    portal = run([os.path.join(BIN, "certdesk-portal"), "--help"], env=env)
    man = roff_text(path("packaging", "man", "certdesk-portal.1"))
    for option in re.findall(r"^\s+(?:-\w, )?(--[a-z-]+)", portal.stdout, re.M):
        if option not in man:
            fail("man", f"certdesk-portal.1 lacks {option}")
    if portal.returncode != 0 or "--db" not in portal.stdout:
        fail("man", f"certdesk-portal --help failed: {portal.stderr}")


def check_desktop():
    r = run(["desktop-file-validate", path("packaging", "linux", f"{APP_ID}.desktop")])
    if r.returncode != 0 or r.stdout.strip():
        fail("desktop", f"desktop-file-validate: {r.stdout}{r.stderr}")
    metainfo = os.path.join(BUILD, "packaging", f"{APP_ID}.metainfo.xml")
    r = run(["appstreamcli", "validate", "--no-net", metainfo])
    if r.returncode != 0:
        fail("desktop", f"appstreamcli validate: {r.stdout}{r.stderr}")
    release = ET.parse(metainfo).getroot().find("releases/release")
    if release is None or release.get("version") != VERSION:
        fail("desktop", f"the metainfo's release is not {VERSION}")


def check_systemd(tmp):
    unit = open(path("packaging", "linux", "certdesk-portal.service"), encoding="utf-8").read()
    for setting in ("User=certdesk-portal", "NoNewPrivileges=yes", "ProtectSystem=strict", "ProtectHome=yes",
                    "PrivateTmp=yes", "CapabilityBoundingSet=\n", "EnvironmentFile=/etc/certdesk/portal.conf"):
        if setting not in unit:
            fail("systemd", f"the unit lacks {setting.strip()}")
    unit = unit.replace("/usr/bin/certdesk-portal", os.path.join(BIN, "certdesk-portal"))
    copy = os.path.join(tmp, "certdesk-portal.service")
    with open(copy, "w", encoding="utf-8") as f:
        f.write(unit)
    # Documentation=man:certdesk-portal(1) is looked up with man: give it the page from the source tree.
    man_dir = os.path.join(tmp, "man", "man1")
    os.makedirs(man_dir, exist_ok=True)
    shutil.copy(path("packaging", "man", "certdesk-portal.1"), man_dir)
    r = run(["systemd-analyze", "verify", copy], env=dict(os.environ, MANPATH=os.path.join(tmp, "man")))
    if r.returncode != 0:
        fail("systemd", f"systemd-analyze verify: {r.stdout}{r.stderr}")


def check_scripts():
    for name in ("postinst", "prerm", "postrm"):
        file = path("packaging", "linux", "certdesk-portal", name)
        r = run(["sh", "-n", file])
        if r.returncode != 0 or not os.access(file, os.X_OK):
            fail("scripts", f"{name}: {r.stderr or 'not executable'}")
    if "/etc/certdesk/portal.conf" not in open(path("packaging", "linux", "certdesk-portal", "conffiles")).read():
        fail("scripts", "conffiles does not list /etc/certdesk/portal.conf")


def check_nginx(tmp):
    nginx = shutil.which("nginx") or "/usr/sbin/nginx"
    if not os.path.exists(nginx):
        fail("nginx", "no nginx (Debian package nginx)")
        return
    key, cert = os.path.join(tmp, "key.pem"), os.path.join(tmp, "cert.pem")
    r = run(["openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256", "-nodes",
             "-keyout", key, "-out", cert, "-days", "1", "-subj", "/CN=example"])
    if r.returncode != 0:
        fail("nginx", r.stderr)
        return
    site = open(path("packaging", "linux", "nginx-certdesk.conf"), encoding="utf-8").read()
    site = re.sub(r"(ssl_certificate|ssl_client_certificate)\s+\S+;", rf"\1 {cert};", site)
    site = re.sub(r"ssl_certificate_key\s+\S+;", f"ssl_certificate_key {key};", site)
    with open(os.path.join(tmp, "site.conf"), "w", encoding="utf-8") as f:
        f.write(site)
    for d in ("logs", "temp"):
        os.makedirs(os.path.join(tmp, d), exist_ok=True)
    with open(os.path.join(tmp, "nginx.conf"), "w", encoding="utf-8") as f:
        f.write(f"pid {tmp}/nginx.pid;\nerror_log {tmp}/logs/error.log;\nevents {{}}\n"
                f"http {{\n access_log off;\n client_body_temp_path {tmp}/temp/body;\n"
                f" proxy_temp_path {tmp}/temp/proxy;\n include {tmp}/site.conf;\n}}\n")
    r = run([nginx, "-t", "-p", tmp, "-c", os.path.join(tmp, "nginx.conf")])
    if r.returncode != 0:
        fail("nginx", r.stderr)


def check_licenses():
    about = open(path("ui", "about", "BundledLibraries.cpp"), encoding="utf-8").read()
    notice = open(path("packaging", "license-notice.txt.in"), encoding="utf-8").read()
    for name in sorted(os.listdir(path("resources", "licenses"))):
        if name.endswith(".txt") and f":/licenses/{name}" not in about:
            fail("licenses", f"resources/licenses/{name} is not shown in Help → About")
    for library in ("Qt 6", "OpenSSL", "libcurl", "libzip", "ICU", "QtKeychain", "zlib", "libpq", "SQLite"):
        if library not in notice:
            fail("licenses", f"packaging/license-notice.txt.in does not name {library}")


with tempfile.TemporaryDirectory() as tmp:
    check_xml()
    check_plist()
    check_wix()
    check_files()
    check_icons()
    check_man()
    check_desktop()
    check_systemd(tmp)
    check_scripts()
    check_nginx(tmp)
    check_licenses()

if failures:
    print(f"{len(failures)} packaging problem(s)")
    sys.exit(1)
print("packaging metadata: all checks passed")
