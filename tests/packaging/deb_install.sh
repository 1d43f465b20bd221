#!/usr/bin/env bash
# tests/packaging/deb_install.sh BUILD_DIR VERSION — CTest packaging_deb_install: the Debian packages, for real.
#   1. cpack -G DEB (from the build, into a temp dir) makes certdesk_VERSION-1_ARCH.deb and
#      certdesk-portal_VERSION-1_ARCH.deb, with dependencies computed by dpkg-shlibdeps;
#   2. apt-get install ./both.deb, then: certdesk-cli --version and help, certdesk --version,
#      certdesk-portal --help, desktop-file-validate, appstreamcli validate, systemd-analyze verify,
#      the man pages, the system user certdesk-portal and the mode of /etc/certdesk/portal.conf;
#   3. apt-get purge both, then checks that the machine is as it was: neither package in dpkg -l, no
#      user or group certdesk-portal, no /etc/certdesk, and the same set of installed packages as before
#      (packages apt pulled in for ours are purged again).
# Needs root (CI) or password-less sudo; without either it skips (exit 77) and says why. It also skips
# when certdesk or certdesk-portal is installed already (a real installation is never touched).
set -euo pipefail

build_dir=$(cd "$1" && pwd)
version=$2

sudo=()
if ((EUID != 0)); then
  if command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
    sudo=(sudo -n)
  else
    echo "SKIP: installing packages needs root or password-less sudo; neither is available"
    exit 77
  fi
fi
apt_get=("${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get -y -q -o DPkg::Lock::Timeout=600)

installed() {
  [[ $(dpkg-query -W -f='${db:Status-Abbrev}' "$1" 2>/dev/null) == ii* ]]
}
for pkg in certdesk certdesk-portal; do
  if installed "$pkg"; then
    echo "SKIP: $pkg is installed on this machine; this test installs and purges its own copy"
    exit 77
  fi
done
if getent passwd certdesk-portal >/dev/null || getent group certdesk-portal >/dev/null || [[ -e /etc/certdesk ]]; then
  echo "SKIP: the user certdesk-portal or /etc/certdesk exists already; this test would remove them"
  exit 77
fi
for tool in cpack dpkg-shlibdeps desktop-file-validate appstreamcli systemd-analyze man; do
  command -v "$tool" >/dev/null || {
    echo "FAIL: $tool is missing (scripts/lib/deps.sh lists its package)"
    exit 1
  }
done

package_set() {
  dpkg-query -W -f='${db:Status-Abbrev} ${binary:Package}\n' | awk '$1 ~ /^[ih]i/ {print $2}' | sort
}

tmp=$(mktemp -d "${TMPDIR:-/tmp}/certdesk-deb.XXXXXX")
chmod 755 "$tmp" # apt's _apt user reads the .deb files
before=$tmp/packages-before
package_set >"$before"
failed=0

fail() {
  echo "FAIL: $*"
  failed=1
}

# purge_all — removes our packages and whatever apt installed for them; safe to call twice.
purge_all() {
  local ours=()
  for pkg in certdesk certdesk-portal; do
    if dpkg-query -W -f='${db:Status-Abbrev}' "$pkg" 2>/dev/null | grep -q '^[ihr]'; then
      ours+=("$pkg")
    fi
  done
  if ((${#ours[@]} > 0)); then
    "${apt_get[@]}" purge "${ours[@]}" || true
  fi
  local extra
  extra=$(comm -13 "$before" <(package_set) || true)
  if [[ -n $extra ]]; then
    echo "Purging what apt installed for the packages: $(echo "$extra" | tr '\n' ' ')"
    # shellcheck disable=SC2086  # one package name per word
    "${apt_get[@]}" purge $extra || true
  fi
}

# shellcheck disable=SC2317  # reached through the trap
cleanup() {
  purge_all >/dev/null 2>&1 || true
  rm -rf "$tmp"
}
trap cleanup EXIT

# ------------------------------------------------------------------------------------------ 1. cpack
echo "== cpack -G DEB"
if ! (cd "$tmp" && cpack -G DEB --config "$build_dir/CPackConfig.cmake" -B "$tmp/out") >"$tmp/cpack.log" 2>&1; then
  cat "$tmp/cpack.log"
  echo "FAIL: cpack -G DEB"
  exit 1
fi
arch=$(dpkg --print-architecture)
desktop_deb=$tmp/out/certdesk_${version}-1_${arch}.deb
portal_deb=$tmp/out/certdesk-portal_${version}-1_${arch}.deb
for deb in "$desktop_deb" "$portal_deb"; do
  [[ -f $deb ]] || {
    ls -l "$tmp/out"
    echo "FAIL: cpack did not make ${deb##*/}"
    exit 1
  }
done
ls -l "$tmp/out"/*.deb

# Dependencies come from dpkg-shlibdeps (Qt, OpenSSL, curl, ...), plus the run-time plugins named by hand.
desktop_depends=$(dpkg-deb -f "$desktop_deb" Depends)
portal_depends=$(dpkg-deb -f "$portal_deb" Depends)
echo "certdesk Depends: $desktop_depends"
echo "certdesk-portal Depends: $portal_depends"
for dep in libqt6core6 libqt6widgets6 libssl3 libcurl4 libzip4 libqt6keychain1 libc6 libqt6sql6-sqlite; do
  [[ $desktop_depends == *"$dep"* ]] || fail "certdesk does not depend on $dep"
done
for dep in libqt6core6 libqt6httpserver6 libssl3 libc6 libqt6sql6-psql; do
  [[ $portal_depends == *"$dep"* ]] || fail "certdesk-portal does not depend on $dep"
done
[[ $portal_depends != *libqt6widgets6* ]] || fail "certdesk-portal (a server) depends on Qt Widgets"
dpkg-deb -c "$desktop_deb" >"$tmp/desktop.list"
dpkg-deb -c "$portal_deb" >"$tmp/portal.list"
for file in ./usr/bin/certdesk ./usr/bin/certdesk-cli ./usr/share/applications/org.certdesk.CertDesk.desktop \
  ./usr/share/metainfo/org.certdesk.CertDesk.metainfo.xml \
  ./usr/share/icons/hicolor/48x48/apps/org.certdesk.CertDesk.png \
  ./usr/share/icons/hicolor/scalable/apps/org.certdesk.CertDesk.svg \
  ./usr/share/man/man1/certdesk.1.gz ./usr/share/man/man1/certdesk-cli.1.gz; do
  grep -q " $file\$" "$tmp/desktop.list" || fail "certdesk lacks $file"
done
for file in ./usr/bin/certdesk-portal ./usr/lib/systemd/system/certdesk-portal.service ./etc/certdesk/portal.conf \
  ./usr/share/doc/certdesk-portal/examples/nginx-certdesk.conf ./usr/share/man/man1/certdesk-portal.1.gz; do
  grep -q " $file\$" "$tmp/portal.list" || fail "certdesk-portal lacks $file"
done
dpkg-deb -e "$portal_deb" "$tmp/portal-control"
grep -qx /etc/certdesk/portal.conf "$tmp/portal-control/conffiles" || fail "portal.conf is not a conffile"

# ----------------------------------------------------------------------------------------- 2. install
echo "== apt-get install"
if ! "${apt_get[@]}" install "$desktop_deb" "$portal_deb" >"$tmp/install.log" 2>&1; then
  cat "$tmp/install.log"
  echo "FAIL: apt-get install"
  exit 1
fi
installed certdesk || fail "certdesk is not installed"
installed certdesk-portal || fail "certdesk-portal is not installed"

clean_env=(env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin LANG=C.UTF-8 CERTDESK_LANG=en HOME="$tmp" QT_QPA_PLATFORM=offscreen)
out=$("${clean_env[@]}" certdesk-cli --version) || fail "certdesk-cli --version failed"
[[ $out == "certdesk-cli $version" ]] || fail "certdesk-cli --version printed '$out'"
echo "certdesk-cli --version: $out"
out=$("${clean_env[@]}" certdesk-cli help) || fail "certdesk-cli help failed"
[[ $out == *"Commands:"* && $out == *"revoke"* ]] || fail "certdesk-cli help printed no command list"
out=$("${clean_env[@]}" certdesk-portal --help) || fail "certdesk-portal --help failed"
[[ $out == *"--db"* && $out == *"--trusted-proxy"* ]] || fail "certdesk-portal --help printed: $out"
out=$("${clean_env[@]}" certdesk-portal --version) || fail "certdesk-portal --version failed"
[[ $out == *"$version"* ]] || fail "certdesk-portal --version printed '$out'"
out=$("${clean_env[@]}" certdesk --version 2>&1) || fail "certdesk --version failed: $out"
[[ $out == *"$version"* ]] || fail "certdesk --version printed '$out'"
for binary in /usr/bin/certdesk /usr/bin/certdesk-cli /usr/bin/certdesk-portal; do
  ! ldd "$binary" | grep -q 'not found' || fail "$binary misses a library: $(ldd "$binary" | grep 'not found')"
done

desktop-file-validate /usr/share/applications/org.certdesk.CertDesk.desktop || fail "desktop-file-validate"
appstreamcli validate --no-net /usr/share/metainfo/org.certdesk.CertDesk.metainfo.xml || fail "appstreamcli validate"
systemd-analyze verify /usr/lib/systemd/system/certdesk-portal.service || fail "systemd-analyze verify"
for page in certdesk certdesk-cli certdesk-portal; do
  file=$(man -w "$page" 2>/dev/null) || fail "man -w $page finds no page"
  warnings=$(LC_ALL=C.UTF-8 MANROFFSEQ='' MANWIDTH=80 man --warnings -E UTF-8 -l "${file:-/dev/null}" 2>&1 >/dev/null)
  [[ -z $warnings ]] || fail "man $page: $warnings"
done

# The service's own system user, and the configuration readable by it only.
entry=$(getent passwd certdesk-portal) || fail "postinst created no user certdesk-portal"
IFS=: read -r _ _ uid _ _ home shell <<<"$entry"
((uid < 1000)) || fail "certdesk-portal is not a system user (uid $uid)"
[[ $shell == */nologin ]] || fail "certdesk-portal's shell is $shell"
[[ $home == /var/lib/certdesk-portal ]] || fail "certdesk-portal's home is $home"
mode=$(stat -c '%a %U %G' /etc/certdesk/portal.conf)
[[ $mode == "640 root certdesk-portal" ]] || fail "/etc/certdesk/portal.conf is $mode"

# ------------------------------------------------------------------------------------------- 3. purge
echo "== apt-get purge"
purge_all >"$tmp/purge.log" 2>&1 || true
for pkg in certdesk certdesk-portal; do
  if dpkg -l "$pkg" 2>/dev/null | grep -qE '^(ii|rc|iU|iF)'; then
    fail "dpkg -l still lists $pkg: $(dpkg -l "$pkg" | tail -n 1)"
  fi
done
! getent passwd certdesk-portal >/dev/null || fail "the user certdesk-portal stayed after purge"
! getent group certdesk-portal >/dev/null || fail "the group certdesk-portal stayed after purge"
for file in /etc/certdesk /usr/bin/certdesk /usr/bin/certdesk-cli /usr/bin/certdesk-portal \
  /usr/lib/systemd/system/certdesk-portal.service /var/lib/certdesk-portal \
  /usr/share/applications/org.certdesk.CertDesk.desktop /usr/share/doc/certdesk-portal; do
  [[ ! -e $file ]] || fail "$file stayed after purge"
done
if ! diff <(cat "$before") <(package_set) >"$tmp/packages.diff"; then
  fail "the installed packages differ from before: $(cat "$tmp/packages.diff")"
fi

if ((failed)); then
  cat "$tmp/purge.log"
  exit 1
fi
echo "packaging_deb_install: both packages built, installed, checked and purged; the machine is as it was"
