# shellcheck shell=bash
# scripts/lib/deps.sh — Debian/Ubuntu packages that CertDesk needs, shared by
# scripts/run (build + launch) and scripts/test (build + test, the CI entry point).
#
# Source it; it defines functions and arrays only and changes nothing by itself:
#   source "$(dirname "${BASH_SOURCE[0]}")/lib/deps.sh"
#   certdesk_install_packages "${CERTDESK_BUILD_PACKAGES[@]}"

# Packages needed to configure and build every target (app, CLI, portal, tests).
# shellcheck disable=SC2034  # used by the scripts that source this file
CERTDESK_BUILD_PACKAGES=(
  cmake g++ make pkg-config
  # qt6-httpserver-dev needs qt6-websockets-dev to configure but does not depend on it (Debian 12)
  qt6-base-dev qt6-tools-dev qt6-l10n-tools qt6-httpserver-dev qt6-websockets-dev
  qtkeychain-qt6-dev libqt6sql6-sqlite libqt6sql6-psql
  libssl-dev libcurl4-openssl-dev libicu-dev libzip-dev libgl-dev
  openssl
)

# Extra packages the test suite needs: the real servers the integration tests
# talk to (PostgreSQL, nginx, an SMTP sink), a Secret Service keyring on a
# private D-Bus session, Xvfb for screenshots, CJK fonts for Japanese screens.
# dbus-run-session comes with `dbus` (dbus-daemon); dbus-x11 is not needed.
# shellcheck disable=SC2034  # used by the scripts that source this file
CERTDESK_TEST_PACKAGES=(
  postgresql nginx python3 python3-aiosmtpd
  postgresql-contrib # pg_trgm: the trigram indexes of migration 19 (issue 16)
  gnome-keyring dbus
  xvfb xauth fonts-noto-cjk curl
  # scripts/check-format (the CTest `format`)
  clang-format
  # tests/architecture/check_ci_workflow.py (the CTest `architecture_ci_workflow`) reads the workflow YAML
  python3-yaml
  # tests/packaging: cpack -G DEB (dpkg-shlibdeps), desktop-file-validate, appstreamcli validate,
  # systemd-analyze verify, man --warnings
  dpkg-dev desktop-file-utils appstream systemd man-db
  # tests/integration/tst_DownloadBrowser drives headless Chromium through the download portal
  chromium
)

# certdesk_package_installed PKG — true when dpkg reports PKG fully installed.
certdesk_package_installed() {
  local status
  status=$(dpkg-query -W -f='${Status}' "$1" 2>/dev/null) || return 1
  [[ $status == "install ok installed" ]]
}

# certdesk_install_packages PKG... — installs those of PKG... that are missing.
# Runs `apt-get update` once, and only when something has to be installed.
# Uses sudo when not root. Plain `install -y`, recommends included: gnome-keyring
# and the Qt packages are meant to be used with theirs.
certdesk_install_packages() {
  local missing=() pkg
  for pkg in "$@"; do
    certdesk_package_installed "$pkg" || missing+=("$pkg")
  done
  if ((${#missing[@]} == 0)); then
    return 0
  fi

  local sudo=()
  if ((EUID != 0)); then
    if ! command -v sudo >/dev/null 2>&1; then
      echo "error: missing packages (${missing[*]}) and not root, without sudo" >&2
      return 1
    fi
    sudo=(sudo)
  fi

  echo "Installing missing packages: ${missing[*]}" >&2
  "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -q
  "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -q "${missing[@]}"
}
