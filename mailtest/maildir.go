package mailtest

import (
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
)

// maxLoadFiles bounds how many .eml files LoadMailbox reads, so that a
// mistaken directory (a home directory) fails clearly instead of filling
// memory.
const maxLoadFiles = 100000

// LoadMailbox puts every .eml file under dir into the accounts' folders and
// returns how many it loaded. The layout mirrors the mailboxes:
//
//	dir/*.eml                         INBOX of the first account
//	dir/Archive/*.eml                 folder "Archive" of the first account
//	dir/Clients/Acme/*.eml            folder "Clients/Acme"
//	dir/bob@example.org/*.eml         INBOX of the account bob@example.org
//	dir/bob@example.org/Sent/*.eml    its folder "Sent"
//
// A top-level directory whose name contains "@" names an account and must
// be one of the scenario's. Files load in name order, so numbering them
// (001.eml, 002.eml) fixes their sequence numbers, and a file's
// modification time becomes the message's internal date. Other files are
// ignored; an empty directory makes an empty folder.
func (s *Server) LoadMailbox(dir string) (int, error) {
	if len(s.Scenario.Accounts) == 0 {
		return 0, fmt.Errorf("mailtest: scenario %q has no accounts to load mail into", s.Scenario.Name)
	}
	first := s.Scenario.Accounts[0].Email
	n := 0
	err := filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, err := filepath.Rel(dir, path)
		if err != nil {
			return err
		}
		parts := strings.Split(filepath.ToSlash(rel), "/")
		if rel == "." {
			parts = nil
		}
		email := first
		if len(parts) > 0 && strings.Contains(parts[0], "@") {
			a, ok := s.account(parts[0])
			if !ok {
				return fmt.Errorf("mailtest: %s: scenario %q has no account %q (it has %s)", path, s.Scenario.Name, parts[0], s.accountList())
			}
			email, parts = a.Email, parts[1:]
		}
		if d.IsDir() {
			if len(parts) > 0 {
				return s.createFolder(email, strings.Join(parts, "/"))
			}
			return nil
		}
		if !strings.EqualFold(filepath.Ext(path), ".eml") || !d.Type().IsRegular() {
			return nil
		}
		folder := "INBOX"
		if len(parts) > 1 {
			folder = strings.Join(parts[:len(parts)-1], "/")
		}
		if n++; n > maxLoadFiles {
			return fmt.Errorf("mailtest: more than %d .eml files under %s", maxLoadFiles, dir)
		}
		info, err := d.Info()
		if err != nil {
			return err
		}
		if info.Size() > appendLimit {
			return fmt.Errorf("mailtest: %s: %d bytes is over the %d-byte message limit", path, info.Size(), appendLimit)
		}
		raw, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		if err := s.appendAt(email, folder, raw, info.ModTime(), nil); err != nil {
			return fmt.Errorf("%s: %w", path, err)
		}
		return nil
	})
	if err != nil {
		return n, err
	}
	return n, nil
}

// CreateFolder makes an empty folder, and each folder above it, for the
// account with this email ("Archive", "Clients/Acme"; the hierarchy
// separator is "/"), as a client's CREATE would. A folder that exists
// already is no error; a name with an empty level ("", "/Top", "A//B",
// "Archive/") is. It works before Start and while clients are connected.
func (s *Server) CreateFolder(email, folder string) error {
	return s.createFolder(email, folder)
}

// createFolder makes a folder and the parents it lacks; an existing one is fine.
func (s *Server) createFolder(email, folder string) error {
	parts := strings.Split(canonicalFolder(folder), "/")
	if slices.ContainsFunc(parts, func(p string) bool { return strings.TrimSpace(p) == "" }) {
		return fmt.Errorf("mailtest: folder name %q has an empty level", folder)
	}
	u, err := s.mailUser(email)
	if err != nil {
		return err
	}
	name := strings.Join(parts, "/")
	if err := u.createPath(name); err != nil && !isAlreadyExists(err) {
		return fmt.Errorf("mailtest: create folder %q: %w", name, err)
	}
	return nil
}

// accountList names the scenario's accounts for an error message.
func (s *Server) accountList() string {
	var names []string
	for _, a := range s.Scenario.Accounts {
		names = append(names, a.Email)
	}
	return strings.Join(slices.Compact(names), ", ")
}
