#!/usr/bin/env bash
# install-servers.sh installs the real Dovecot and Postfix that the
# integration tests in internal/realserver start with private configurations.
#
# Run as root (CI runners, containers). It is idempotent: when the packages are
# already present it does nothing but make sure no system instance is running.
# Services are kept from starting during the install (policy-rc.d), Postfix is
# preseeded with "No configuration", and any system dovecot/postfix that did
# start anyway is stopped, so the standard ports stay free.
set -euo pipefail

# curl and python3 are the real clients the mailtest tests drive; chromium is
# the headless browser the fleet report page is rendered in.
packages=(dovecot-core dovecot-imapd dovecot-submissiond postfix curl python3 chromium)

if [[ $(id -u) -ne 0 ]]; then
	echo "install-servers.sh: must run as root" >&2
	exit 1
fi

# stop_system_instances stops a system-wide dovecot or postfix started by the
# packages' maintainer scripts, systemd or a previous boot. It only addresses
# the system configuration (/etc), so private test instances started with -c
# under a temp dir are left alone. Then it warns about anything still
# listening on a standard mail port of the loopback interface.
stop_system_instances() {
	if command -v systemctl >/dev/null 2>&1 && [[ -d /run/systemd/system ]]; then
		for unit in dovecot postfix; do
			if systemctl is-active --quiet "$unit" 2>/dev/null; then
				systemctl stop "$unit"
				echo "install-servers.sh: stopped $unit.service"
			fi
		done
	fi
	if [[ -x /usr/sbin/dovecot && -f /etc/dovecot/dovecot.conf ]]; then
		if /usr/sbin/dovecot -c /etc/dovecot/dovecot.conf stop >/dev/null 2>&1; then
			echo "install-servers.sh: stopped system dovecot"
		fi
	fi
	if [[ -x /usr/sbin/postfix && -f /etc/postfix/main.cf ]]; then
		if /usr/sbin/postfix status >/dev/null 2>&1; then
			/usr/sbin/postfix stop >/dev/null 2>&1 || true
			echo "install-servers.sh: stopped system postfix"
		fi
	fi
	local port
	for port in 25 110 143 465 587 993 995; do
		if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
			echo "install-servers.sh: warning: something still listens on 127.0.0.1:$port" >&2
		fi
	done
}

missing=()
for p in "${packages[@]}"; do
	if [[ $(dpkg-query -W -f='${Status}' "$p" 2>/dev/null || true) != "install ok installed" ]]; then
		missing+=("$p")
	fi
done

if [[ ${#missing[@]} -eq 0 ]]; then
	echo "install-servers.sh: already installed: ${packages[*]}"
	stop_system_instances
	exit 0
fi

# Keep services from starting while packages install; restore any existing
# policy afterwards, even on failure.
policy=/usr/sbin/policy-rc.d
backup=""
if [[ -e $policy ]]; then
	backup=$(mktemp)
	cp -p "$policy" "$backup"
fi
restore_policy() {
	if [[ -n $backup ]]; then
		mv -f "$backup" "$policy"
	else
		rm -f "$policy"
	fi
}
trap restore_policy EXIT
printf '#!/bin/sh\nexit 101\n' >"$policy"
chmod 0755 "$policy"

echo "postfix postfix/main_mailer_type select No configuration" | debconf-set-selections

export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends "${missing[@]}"

stop_system_instances
echo "install-servers.sh: installed ${missing[*]}"
