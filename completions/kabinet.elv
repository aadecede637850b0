
use builtin;
use str;

set edit:completion:arg-completer[kabinet] = {|@words|
    fn spaces {|n|
        builtin:repeat $n ' ' | str:join ''
    }
    fn cand {|text desc|
        edit:complex-candidate $text &display=$text' '(spaces (- 14 (wcswidth $text)))$desc
    }
    var command = 'kabinet'
    for word $words[1..-1] {
        if (str:has-prefix $word '-') {
            break
        }
        set command = $command';'$word
    }
    var completions = [
        &'kabinet'= {
            cand --store 'Path of the store [default: $XDG_DATA_HOME/kabinet/kabinet.db]'
            cand --passphrase-file 'Read the passphrase from the first line of this file'
            cand --user 'Who is unlocking the store [default: its only user, else the one named as the OS user]'
            cand --format 'Output format of lists and `show` (`ics`: `deadlines` only)'
            cand --lang 'Interface language [default: KABINET_LANG, else ru when LANG/LC_ALL starts with ru, else en]'
            cand --holidays 'A file of extra or overriding days off and working days (format: see `kabinet calendar --help`)'
            cand -y 'Answer yes to confirmation prompts (required to delete when not on a terminal)'
            cand --yes 'Answer yes to confirmation prompts (required to delete when not on a terminal)'
            cand -q 'Print only what was asked for: no confirmations, no warnings'
            cand --quiet 'Print only what was asked for: no confirmations, no warnings'
            cand --no-color 'No colours (also when NO_COLOR is set)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand init 'Create a new encrypted store (refuses to overwrite one: exit 7)'
            cand time-zone 'Show or set the store''s time zone (IANA name): what "now" and appointment times mean'
            cand config 'The configuration: effective settings and where each came from'
            cand completions 'Print a shell completion script (bash, zsh, fish, powershell, elvish)'
            cand man 'Write the manual pages (kabinet.1 and one per subcommand) into a directory'
            cand passwd 'Change your own passphrase (the same as `user passwd`; crash-safe)'
            cand user 'The store''s users: add, roles, remove, list; your passphrase; the recovery key'
            cand rekey 'Encrypt the store again under a new random key, sealed to every user (crash-safe)'
            cand notify 'Send the reminders due now (e-mail or a command), each once; `notify log`: what went'
            cand unlock 'Unlock the store once for this login session: later commands ask for no passphrase'
            cand shell 'An interactive prompt: unlock once, then type commands as on the command line'
            cand lock 'Forget the store''s key held for this session at once'
            cand status 'Whether the store is unlocked for this session, for whom and until when'
            cand server 'The office server (PostgreSQL): make an office on one'
            cand push 'Move this local store into an office on a server: every item, its history and the log'
            cand record 'Diary records: dated events and their results'
            cand doc 'Document registry: passports, licences, certificates and their validity'
            cand appt 'Appointments at offices, clinics, МФЦ, ГИБДД, ФНС'
            cand obligation 'Recurring or one-off duties, e.g. a report due on the 5th of each month'
            cand application 'Applications filed with an agency, followed to a decision (alias: zayav)'
            cand zayav 'Applications filed with an agency, followed to a decision (alias: zayav)'
            cand deadlines 'Everything due or overdue: documents, appointments, follow-ups, obligations, applications'
            cand calendar 'The working-day calendar in force: days off, transfers, data source'
            cand import 'Import records, documents or appointments from a CSV file: all rows or none'
            cand export 'Export records, documents or appointments: CSV, JSON, iCalendar, PDF reports and receipts'
            cand verify-file 'Check a signed export against its FILE.sig (exit 0, or 4 naming what failed)'
            cand verify 'Check the store: encryption pages, database structure, the audit chain, the seal of every row and attachment, the signing key (exit 0, or 4 listing what is wrong and where)'
            cand log 'The audit trail: every change, when, who, with which command, before and after'
            cand history 'Each version of one item and what changed between them'
            cand revert 'Restore an earlier version (from `history`) of an item that is still editable'
            cand attach 'Attach a scan to an item: PDF, DOCX, JPG or PNG (checked by content), at most 5 MB'
            cand attachments 'List an item''s attachments, numbered from 1'
            cand extract 'Write an attachment''s exact bytes to a file (N as numbered by `attachments`)'
            cand detach 'Remove an attachment from an item (logged; N as numbered by `attachments`)'
            cand backup 'Copy the store consistently with SQLite''s online backup, encrypted with the same key'
            cand restore 'Replace the store with a backup, after verifying it; the current store is kept as .bak'
            cand key 'The store''s signing key'
            cand validate 'Check values (СНИЛС, ИНН, dates…), or with no KIND the whole store'
            cand demo 'A guided tour on a throw-away sample store; needs no set-up'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'kabinet;init'= {
            cand --time-zone 'The store''s time zone, an IANA name such as Europe/Moscow [default: the system''s]'
            cand --recovery-sheet 'Also write the recovery key on an A4 page to print and keep in a safe'
            cand --store 'Path of the store [default: $XDG_DATA_HOME/kabinet/kabinet.db]'
            cand --passphrase-file 'Read the passphrase from the first line of this file'
            cand --user 'Who is unlocking the store [default: its only user, else the one named as the OS user]'
            cand --format 'Output format of lists and `show` (`ics`: `deadlines` only)'
            cand --lang 'Interface language [default: KABINET_LANG, else ru when LANG/LC_ALL starts with ru, else en]'
            cand --holidays 'A file of extra or overriding days off and working days (format: see `kabinet calendar --help`)'
            cand -y 'Answer yes to confirmation prompts (required to delete when not on a terminal)'
            cand --yes 'Answer yes to confirmation prompts (required to delete when not on a terminal)'
            cand -q 'Print only what was asked for: no confirmations, no warnings'
            cand --quiet 'Print only what was asked for: no confirmations, no warnings'
            cand --no-color 'No colours (also when NO_COLOR is set)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'kabinet;time-zone'= {
            cand --store 'Path of the store [default: $XDG_DATA_HOME/kabinet/kabinet.db]'
            cand --passphrase-file 'Read the passphrase from the first line of this file'
            cand --user 'Who is unlocking the store [default: its only user, else the one named as the OS user]'
            cand --format 'Output format of lists and `show` (`ics`: `deadlines` only)'
            cand --lang 'Interface language [default: KABINET_LANG, else ru when LANG/LC_ALL starts with ru, else en]'
            cand --holidays 'A file of extra or overriding days off and working days (format: see `kabinet calendar --help`)'
            cand -y 'Answer yes to confirmation prompts (required to delete when not on a terminal)'
            cand --yes 'Answer yes to confirmation prompts (required to delete when not on a terminal)'
            cand -q 'Print only what was asked for: no confirmations, no warnings'
            cand --quiet 'Print only what was asked for: no confirmations, no warnings'
            cand --no-color 'No colours (also when NO_COLOR is set)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'kabinet;config'= {
            cand --store 'Path of the store [default: $XDG_DATA_HOME/kabinet/kabinet.db]'
            cand --passphrase-file 'Read the passphrase from the first line of this file'
            cand --user 'Who is unlocking the store [default: its only user, else the one named as the OS user]'
            cand --format 'Output format of lists and `show` (`ics`: `deadlines` only)'
            cand --lang 'Interface language [default: KABINET_LANG, else ru when LANG/LC_ALL starts with ru, else en]'
            cand --holidays 'A file of extra or overriding days off and working days (format: see `kabinet calendar --help`)'
            cand -y 'Answer yes to confirmation prompts (required to delete when not on a terminal)'
            cand --yes 'Answer yes to confirmation prompts (required to delete when not on a terminal)'
            cand -q 'Print only what was asked for: no confirmations, no warnings'
            cand --quiet 'Print only what was asked for: no confirmations, no warnings'
            cand --no-color 'No colours (also when NO_COLOR is set)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand show 'Print every effective setting, its value and where it came from'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'kabinet;config;show'= {
            cand --store 'Path of the store [default: $XDG_DATA_HOME/kabinet/kabinet.db]'
            cand --passphrase-file 'Read the passphrase from the first line of this file'
            cand --user 'Who is unlocking the store [default: its only user, else the one named as the OS user]'
            cand --format 'Output format of lists and `show` (`ics`: `deadlines` only)'
            cand --lang 'Interface language [default: KABINET_LANG, else ru when LANG/LC_ALL starts with ru, else en]'
            cand --holidays 'A file of extra or overriding days off and working days (format: see `kabinet calendar --help`)'
            cand -y 'Answer yes to confirmation prompts (required to delete when not on a terminal)'
            cand --yes 'Answer yes to confirmation prompts (required to delete when not on a terminal)'
            cand -q 'Print only what was asked for: no confirmations, no warnings'
            cand --quiet 'Print only what was asked for: no confirmations, no warnings'
            cand --no-color 'No colours (also when NO_COLOR is set)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'kabinet;config;help'= {
            cand show 'Print every effective setting, its value and where it came from'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'kabinet;config;help;show'= {
        }
        &'kabinet;config;help;help'= {
        }
        &'kabinet;completions'= {
            cand --store 'Path of the store [default: $XDG_DATA_HOME/kabinet/kabinet.db]'
            cand --passphrase-file 'Read the passphrase from the first line of this file'
            cand --user 'Who is unlocking the store [default: its only user, else the one named as the OS user]'
            cand --format 'Output format of lists and `show` (`ics`: `deadlines` only)'
            cand --lang 'Interface language [default: KABINET_LANG, else ru when LANG/LC_ALL starts with ru, else en]'
            cand --holidays 'A file of extra or overriding days off and working days (format: see `kabinet calendar --help`)'
            cand -y 'Answer yes to confirmation prompts (required to delete when not on a terminal)'
            cand --yes 'Answer yes to confirmation prompts (required to delete when not on a terminal)'
            cand -q 'Print only what was asked for: no confirmations, no warnings'
            cand --quiet 'Print only what was asked for: no confirmations, no warnings'
            cand --no-color 'No colours (also when NO_COLOR is set)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'kabinet;man'= {
            cand --store 'Path of the store [default: $XDG_DATA_HOME/kabinet/kabinet.db]'
            cand --passphrase-file 'Read the passphrase from the first line of this file'
            cand --user 'Who is unlocking the store [default: its only user, else the one named as the OS user]'
            cand --format 'Output format of lists and `show` (`ics`: `deadlines` only)'
            cand --lang 'Interface language [default: KABINET_LANG, else ru when LANG/LC_ALL starts with ru, else en]'
            cand --holidays 'A file of extra or overriding days off and working days (format: see `kabinet calendar --help`)'
            cand -y 'Answer yes to confirmation prompts (required to delete when not on a terminal)'
            cand --yes 'Answer yes to confirmation prompts (required to delete when not on a terminal)'
            cand -q 'Print only what was asked for: no confirmations, no warnings'
            cand --quiet 'Print only what was asked for: no confirmations, no warnings'
            cand --no-color 'No colours (also when NO_COLOR is set)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'kabinet;passwd'= {
            cand --new-passphrase-file 'Read the new passphrase from the first line of this file (else KABINET_NEW_PASSPHRASE, else a prompt on a terminal)'
            cand --store 'Path of the store [default: $XDG_DATA_HOME/kabinet/kabinet.db]'
            cand --passphrase-file 'Read the passphrase from the first line of this file'
            cand --user 'Who is unlocking the store [default: its only user, else the one named as the OS user]'
            cand --format 'Output format of lists and `show` (`ics`: `deadlines` only)'
            cand --lang 'Interface language [default: KABINET_LANG, else ru when LANG/LC_ALL starts with ru, else en]'
            cand --holidays 'A file of extra or overriding days off and working days (format: see `kabinet calendar --help`)'
            cand -y 'Answer yes to confirmation prompts (required to delete when not on a terminal)'
            cand --yes 'Answer yes to confirmation prompts (required to delete when not on a terminal)'
            cand -q 'Print only what was asked for: no confirmations, no warnings'
            cand --quiet 'Print only what was asked for: no confirmations, no warnings'
            cand --no-color 'No colours (also when NO_COLOR is set)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'kabinet;user'= {
            cand --store 'Path of the store [default: $XDG_DATA_HOME/kabinet/kabinet.db]'
            cand --passphrase-file 'Read the passphrase from the first line of this file'
            cand --user 'Who is unlocking the store [default: its only user, else the one named as the OS user]'
            cand --format 'Output format of lists and `show` (`ics`: `deadlines` only)'
            cand --lang 'Interface language [default: KABINET_LANG, else ru when LANG/LC_ALL starts with ru, else en]'
            cand --holidays 'A file of extra or overriding days off and working days (format: see `kabinet calendar --help`)'
            cand -y 'Answer yes to confirmation prompts (required to delete when not on a terminal)'
            cand --yes 'Answer yes to confirmation prompts (required to delete when not on a terminal)'
            cand -q 'Print only what was asked for: no confirmations, no warnings'
            cand --quiet 'Print only what was asked for: no confirmations, no warnings'
            cand --no-color 'No colours (also when NO_COLOR is set)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand list 'List the store''s users: names, roles, kinds, created, last change (no secrets)'
            cand passwd 'Change your own passphrase (the store is encrypted again under a new key; crash-safe)'
            cand recover 'Set a user''s new passphrase with the recovery key'
            cand add 'Add a user with a role (admin, editor, reader) and their own passphrase'
            cand role 'Change a user''s role (and, with --kinds or --all-kinds, what they may see)'
            cand remove 'Remove a user; the store is encrypted again under a new key at once, so their passphrase opens nothing from then on'
            cand recovery-key 'Make a new recovery key in place of the old one, shown once'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'kabinet;user;list'= {
            cand --store 'Path of the store [default: $XDG_DATA_HOME/kabinet/kabinet.db]'
            cand --passphrase-file 'Read the passphrase from the first line of this file'
            cand --user 'Who is unlocking the store [default: its only user, else the one named as the OS user]'
            cand --format 'Output format of lists and `show` (`ics`: `deadlines` only)'
            cand --lang 'Interface language [default: KABINET_LANG, else ru when LANG/LC_ALL starts with ru, else en]'
            cand --holidays 'A file of extra or overriding days off and working days (format: see `kabinet calendar --help`)'
            cand -y 'Answer yes to confirmation prompts (required to delete when not on a terminal)'
            cand --yes 'Answer yes to confirmation prompts (required to delete when not on a terminal)'
            cand -q 'Print only what was asked for: no confirmations, no warnings'
            cand --quiet 'Print only what was asked for: no confirmations, no warnings'
            cand --no-color 'No colours (also when NO_COLOR is set)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'kabinet;user;passwd'= {
            cand --new-passphrase-file 'Read the new passphrase from the first line of this file (else KABINET_NEW_PASSPHRASE, else a prompt on a terminal)'
            cand --store 'Path of the store [default: $XDG_DATA_HOME/kabinet/kabinet.db]'
            cand --passphrase-file 'Read the passphrase from the first line of this file'
            cand --user 'Who is unlocking the store [default: its only user, else the one named as the OS user]'
            cand --format 'Output format of lists and `show` (`ics`: `deadlines` only)'
            cand --lang 'Interface language [default: KABINET_LANG, else ru when LANG/LC_ALL starts with ru, else en]'
            cand --holidays 'A file of extra or overriding days off and working days (format: see `kabinet calendar --help`)'
            cand -y 'Answer yes to confirmation prompts (required to delete when not on a terminal)'
            cand --yes 'Answer yes to confirmation prompts (required to delete when not on a terminal)'
            cand -q 'Print only what was asked for: no confirmations, no warnings'
            cand --quiet 'Print only what was asked for: no confirmations, no warnings'
            cand --no-color 'No colours (also when NO_COLOR is set)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'kabinet;user;recover'= {
            cand --recovery-key-file 'Read the recovery key from the first line of this file (else asked on a terminal)'
            cand --new-passphrase-file 'Read the new passphrase from the first line of this file (else KABINET_NEW_PASSPHRASE, else a prompt on a terminal)'
            cand --store 'Path of the store [default: $XDG_DATA_HOME/kabinet/kabinet.db]'
            cand --passphrase-file 'Read the passphrase from the first line of this file'
            cand --user 'Who is unlocking the store [default: its only user, else the one named as the OS user]'
            cand --format 'Output format of lists and `show` (`ics`: `deadlines` only)'
            cand --lang 'Interface language [default: KABINET_LANG, else ru when LANG/LC_ALL starts with ru, else en]'
            cand --holidays 'A file of extra or overriding days off and working days (format: see `kabinet calendar --help`)'
            cand -y 'Answer yes to confirmation prompts (required to delete when not on a terminal)'
            cand --yes 'Answer yes to confirmation prompts (required to delete when not on a terminal)'
            cand -q 'Print only what was asked for: no confirmations, no warnings'
            cand --quiet 'Print only what was asked for: no confirmations, no warnings'
            cand --no-color 'No colours (also when NO_COLOR is set)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'kabinet;user;add'= {
            cand --role 'admin (everything, users too), editor (items, import, attachments, backups), reader (lists, deadlines, exports, checks)'
            cand --kinds 'Only these kinds of item: record, doc, appt, obligation, application (comma-separated)'
            cand --new-passphrase-file 'Read the new passphrase from the first line of this file (else KABINET_NEW_PASSPHRASE, else a prompt on a terminal)'
            cand --store 'Path of the store [default: $XDG_DATA_HOME/kabinet/kabinet.db]'
            cand --passphrase-file 'Read the passphrase from the first line of this file'
            cand --user 'Who is unlocking the store [default: its only user, else the one named as the OS user]'
            cand --format 'Output format of lists and `show` (`ics`: `deadlines` only)'
            cand --lang 'Interface language [default: KABINET_LANG, else ru when LANG/LC_ALL starts with ru, else en]'
            cand --holidays 'A file of extra or overriding days off and working days (format: see `kabinet calendar --help`)'
            cand -y 'Answer yes to confirmation prompts (required to delete when not on a terminal)'
            cand --yes 'Answer yes to confirmation prompts (required to delete when not on a terminal)'
            cand -q 'Print only what was asked for: no confirmations, no warnings'
            cand --quiet 'Print only what was asked for: no confirmations, no warnings'
            cand --no-color 'No colours (also when NO_COLOR is set)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'kabinet;user;role'= {
            cand --kinds 'Only these kinds of item from now on (comma-separated)'
            cand --store 'Path of the store [default: $XDG_DATA_HOME/kabinet/kabinet.db]'
            cand --passphrase-file 'Read the passphrase from the first line of this file'
            cand --user 'Who is unlocking the store [default: its only user, else the one named as the OS user]'
            cand --format 'Output format of lists and `show` (`ics`: `deadlines` only)'
            cand --lang 'Interface language [default: KABINET_LANG, else ru when LANG/LC_ALL starts with ru, else en]'
            cand --holidays 'A file of extra or overriding days off and working days (format: see `kabinet calendar --help`)'
            cand --all-kinds 'Every kind of item from now on'
            cand -y 'Answer yes to confirmation prompts (required to delete when not on a terminal)'
            cand --yes 'Answer yes to confirmation prompts (required to delete when not on a terminal)'
            cand -q 'Print only what was asked for: no confirmations, no warnings'
            cand --quiet 'Print only what was asked for: no confirmations, no warnings'
            cand --no-color 'No colours (also when NO_COLOR is set)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'kabinet;user;remove'= {
            cand --store 'Path of the store [default: $XDG_DATA_HOME/kabinet/kabinet.db]'
            cand --passphrase-file 'Read the passphrase from the first line of this file'
            cand --user 'Who is unlocking the store [default: its only user, else the one named as the OS user]'
            cand --format 'Output format of lists and `show` (`ics`: `deadlines` only)'
            cand --lang 'Interface language [default: KABINET_LANG, else ru when LANG/LC_ALL starts with ru, else en]'
            cand --holidays 'A file of extra or overriding days off and working days (format: see `kabinet calendar --help`)'
            cand -y 'Answer yes to confirmation prompts (required to delete when not on a terminal)'
            cand --yes 'Answer yes to confirmation prompts (required to delete when not on a terminal)'
            cand -q 'Print only what was asked for: no confirmations, no warnings'
            cand --quiet 'Print only what was asked for: no confirmations, no warnings'
            cand --no-color 'No colours (also when NO_COLOR is set)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'kabinet;user;recovery-key'= {
            cand --recovery-sheet 'Also write it on an A4 page to print and keep in a safe'
            cand --store 'Path of the store [default: $XDG_DATA_HOME/kabinet/kabinet.db]'
            cand --passphrase-file 'Read the passphrase from the first line of this file'
            cand --user 'Who is unlocking the store [default: its only user, else the one named as the OS user]'
            cand --format 'Output format of lists and `show` (`ics`: `deadlines` only)'
            cand --lang 'Interface language [default: KABINET_LANG, else ru when LANG/LC_ALL starts with ru, else en]'
            cand --holidays 'A file of extra or overriding days off and working days (format: see `kabinet calendar --help`)'
            cand -y 'Answer yes to confirmation prompts (required to delete when not on a terminal)'
            cand --yes 'Answer yes to confirmation prompts (required to delete when not on a terminal)'
            cand -q 'Print only what was asked for: no confirmations, no warnings'
            cand --quiet 'Print only what was asked for: no confirmations, no warnings'
            cand --no-color 'No colours (also when NO_COLOR is set)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'kabinet;user;help'= {
            cand list 'List the store''s users: names, roles, kinds, created, last change (no secrets)'
            cand passwd 'Change your own passphrase (the store is encrypted again under a new key; crash-safe)'
            cand recover 'Set a user''s new passphrase with the recovery key'
            cand add 'Add a user with a role (admin, editor, reader) and their own passphrase'
            cand role 'Change a user''s role (and, with --kinds or --all-kinds, what they may see)'
            cand remove 'Remove a user; the store is encrypted again under a new key at once, so their passphrase opens nothing from then on'
            cand recovery-key 'Make a new recovery key in place of the old one, shown once'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'kabinet;user;help;list'= {
        }
        &'kabinet;user;help;passwd'= {
        }
        &'kabinet;user;help;recover'= {
        }
        &'kabinet;user;help;add'= {
        }
        &'kabinet;user;help;role'= {
        }
        &'kabinet;user;help;remove'= {
        }
        &'kabinet;user;help;recovery-key'= {
        }
        &'kabinet;user;help;help'= {
        }
        &'kabinet;rekey'= {
            cand --store 'Path of the store [default: $XDG_DATA_HOME/kabinet/kabinet.db]'
            cand --passphrase-file 'Read the passphrase from the first line of this file'
            cand --user 'Who is unlocking the store [default: its only user, else the one named as the OS user]'
            cand --format 'Output format of lists and `show` (`ics`: `deadlines` only)'
            cand --lang 'Interface language [default: KABINET_LANG, else ru when LANG/LC_ALL starts with ru, else en]'
            cand --holidays 'A file of extra or overriding days off and working days (format: see `kabinet calendar --help`)'
            cand -y 'Answer yes to confirmation prompts (required to delete when not on a terminal)'
            cand --yes 'Answer yes to confirmation prompts (required to delete when not on a terminal)'
            cand -q 'Print only what was asked for: no confirmations, no warnings'
            cand --quiet 'Print only what was asked for: no confirmations, no warnings'
            cand --no-color 'No colours (also when NO_COLOR is set)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'kabinet;notify'= {
            cand --store 'Path of the store [default: $XDG_DATA_HOME/kabinet/kabinet.db]'
            cand --passphrase-file 'Read the passphrase from the first line of this file'
            cand --user 'Who is unlocking the store [default: its only user, else the one named as the OS user]'
            cand --format 'Output format of lists and `show` (`ics`: `deadlines` only)'
            cand --lang 'Interface language [default: KABINET_LANG, else ru when LANG/LC_ALL starts with ru, else en]'
            cand --holidays 'A file of extra or overriding days off and working days (format: see `kabinet calendar --help`)'
            cand --dry-run 'List what would be sent, to whom and how, and send nothing'
            cand -y 'Answer yes to confirmation prompts (required to delete when not on a terminal)'
            cand --yes 'Answer yes to confirmation prompts (required to delete when not on a terminal)'
            cand -q 'Print only what was asked for: no confirmations, no warnings'
            cand --quiet 'Print only what was asked for: no confirmations, no warnings'
            cand --no-color 'No colours (also when NO_COLOR is set)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand log 'The delivery log: each reminder, its channel, recipient, attempts and status'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'kabinet;notify;log'= {
            cand --store 'Path of the store [default: $XDG_DATA_HOME/kabinet/kabinet.db]'
            cand --passphrase-file 'Read the passphrase from the first line of this file'
            cand --user 'Who is unlocking the store [default: its only user, else the one named as the OS user]'
            cand --format 'Output format of lists and `show` (`ics`: `deadlines` only)'
            cand --lang 'Interface language [default: KABINET_LANG, else ru when LANG/LC_ALL starts with ru, else en]'
            cand --holidays 'A file of extra or overriding days off and working days (format: see `kabinet calendar --help`)'
            cand -y 'Answer yes to confirmation prompts (required to delete when not on a terminal)'
            cand --yes 'Answer yes to confirmation prompts (required to delete when not on a terminal)'
            cand -q 'Print only what was asked for: no confirmations, no warnings'
            cand --quiet 'Print only what was asked for: no confirmations, no warnings'
            cand --no-color 'No colours (also when NO_COLOR is set)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'kabinet;notify;help'= {
            cand log 'The delivery log: each reminder, its channel, recipient, attempts and status'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'kabinet;notify;help;log'= {
        }
        &'kabinet;notify;help;help'= {
        }
        &'kabinet;unlock'= {
            cand --for 'Forget the key after this long without use: 90s, 15m, 2h [default: the configuration''s unlock_for, else 15m]'
            cand --at-most 'Forget it after this long in any case [default: unlock_at_most, else 10h]'
            cand --store 'Path of the store [default: $XDG_DATA_HOME/kabinet/kabinet.db]'
            cand --passphrase-file 'Read the passphrase from the first line of this file'
            cand --user 'Who is unlocking the store [default: its only user, else the one named as the OS user]'
            cand --format 'Output format of lists and `show` (`ics`: `deadlines` only)'
            cand --lang 'Interface language [default: KABINET_LANG, else ru when LANG/LC_ALL starts with ru, else en]'
            cand --holidays 'A file of extra or overriding days off and working days (format: see `kabinet calendar --help`)'
            cand --status 'Only say whether the store is unlocked, for whom, until when'
            cand -y 'Answer yes to confirmation prompts (required to delete when not on a terminal)'
            cand --yes 'Answer yes to confirmation prompts (required to delete when not on a terminal)'
            cand -q 'Print only what was asked for: no confirmations, no warnings'
            cand --quiet 'Print only what was asked for: no confirmations, no warnings'
            cand --no-color 'No colours (also when NO_COLOR is set)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'kabinet;shell'= {
            cand --for 'Forget the key after this long without a command: 90s, 15m, 2h [default: the configuration''s unlock_for, else 15m]'
            cand --store 'Path of the store [default: $XDG_DATA_HOME/kabinet/kabinet.db]'
            cand --passphrase-file 'Read the passphrase from the first line of this file'
            cand --user 'Who is unlocking the store [default: its only user, else the one named as the OS user]'
            cand --format 'Output format of lists and `show` (`ics`: `deadlines` only)'
            cand --lang 'Interface language [default: KABINET_LANG, else ru when LANG/LC_ALL starts with ru, else en]'
            cand --holidays 'A file of extra or overriding days off and working days (format: see `kabinet calendar --help`)'
            cand -y 'Answer yes to confirmation prompts (required to delete when not on a terminal)'
            cand --yes 'Answer yes to confirmation prompts (required to delete when not on a terminal)'
            cand -q 'Print only what was asked for: no confirmations, no warnings'
            cand --quiet 'Print only what was asked for: no confirmations, no warnings'
            cand --no-color 'No colours (also when NO_COLOR is set)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'kabinet;lock'= {
            cand --store 'Path of the store [default: $XDG_DATA_HOME/kabinet/kabinet.db]'
            cand --passphrase-file 'Read the passphrase from the first line of this file'
            cand --user 'Who is unlocking the store [default: its only user, else the one named as the OS user]'
            cand --format 'Output format of lists and `show` (`ics`: `deadlines` only)'
            cand --lang 'Interface language [default: KABINET_LANG, else ru when LANG/LC_ALL starts with ru, else en]'
            cand --holidays 'A file of extra or overriding days off and working days (format: see `kabinet calendar --help`)'
            cand -y 'Answer yes to confirmation prompts (required to delete when not on a terminal)'
            cand --yes 'Answer yes to confirmation prompts (required to delete when not on a terminal)'
            cand -q 'Print only what was asked for: no confirmations, no warnings'
            cand --quiet 'Print only what was asked for: no confirmations, no warnings'
            cand --no-color 'No colours (also when NO_COLOR is set)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'kabinet;status'= {
            cand --store 'Path of the store [default: $XDG_DATA_HOME/kabinet/kabinet.db]'
            cand --passphrase-file 'Read the passphrase from the first line of this file'
            cand --user 'Who is unlocking the store [default: its only user, else the one named as the OS user]'
            cand --format 'Output format of lists and `show` (`ics`: `deadlines` only)'
            cand --lang 'Interface language [default: KABINET_LANG, else ru when LANG/LC_ALL starts with ru, else en]'
            cand --holidays 'A file of extra or overriding days off and working days (format: see `kabinet calendar --help`)'
            cand -y 'Answer yes to confirmation prompts (required to delete when not on a terminal)'
            cand --yes 'Answer yes to confirmation prompts (required to delete when not on a terminal)'
            cand -q 'Print only what was asked for: no confirmations, no warnings'
            cand --quiet 'Print only what was asked for: no confirmations, no warnings'
            cand --no-color 'No colours (also when NO_COLOR is set)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'kabinet;server'= {
            cand --store 'Path of the store [default: $XDG_DATA_HOME/kabinet/kabinet.db]'
            cand --passphrase-file 'Read the passphrase from the first line of this file'
            cand --user 'Who is unlocking the store [default: its only user, else the one named as the OS user]'
            cand --format 'Output format of lists and `show` (`ics`: `deadlines` only)'
            cand --lang 'Interface language [default: KABINET_LANG, else ru when LANG/LC_ALL starts with ru, else en]'
            cand --holidays 'A file of extra or overriding days off and working days (format: see `kabinet calendar --help`)'
            cand -y 'Answer yes to confirmation prompts (required to delete when not on a terminal)'
            cand --yes 'Answer yes to confirmation prompts (required to delete when not on a terminal)'
            cand -q 'Print only what was asked for: no confirmations, no warnings'
            cand --quiet 'Print only what was asked for: no confirmations, no warnings'
            cand --no-color 'No colours (also when NO_COLOR is set)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand init 'Make an office on a PostgreSQL server: schema, roles, first admin, recovery key'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'kabinet;server;init'= {
            cand --office 'The office''s name on the server'
            cand --recovery-sheet 'Also write the recovery key on an A4 page to print and keep in a safe'
            cand --store 'Path of the store [default: $XDG_DATA_HOME/kabinet/kabinet.db]'
            cand --passphrase-file 'Read the passphrase from the first line of this file'
            cand --user 'Who is unlocking the store [default: its only user, else the one named as the OS user]'
            cand --format 'Output format of lists and `show` (`ics`: `deadlines` only)'
            cand --lang 'Interface language [default: KABINET_LANG, else ru when LANG/LC_ALL starts with ru, else en]'
            cand --holidays 'A file of extra or overriding days off and working days (format: see `kabinet calendar --help`)'
            cand -y 'Answer yes to confirmation prompts (required to delete when not on a terminal)'
            cand --yes 'Answer yes to confirmation prompts (required to delete when not on a terminal)'
            cand -q 'Print only what was asked for: no confirmations, no warnings'
            cand --quiet 'Print only what was asked for: no confirmations, no warnings'
            cand --no-color 'No colours (also when NO_COLOR is set)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'kabinet;server;help'= {
            cand init 'Make an office on a PostgreSQL server: schema, roles, first admin, recovery key'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'kabinet;server;help;init'= {
        }
        &'kabinet;server;help;help'= {
        }
        &'kabinet;push'= {
            cand --to 'The office: postgresql://host:port/database?user=NAME&office=NAME'
            cand --to-user 'Who you are in the office (an admin there) [default: --user]'
            cand --store 'Path of the store [default: $XDG_DATA_HOME/kabinet/kabinet.db]'
            cand --passphrase-file 'Read the passphrase from the first line of this file'
            cand --user 'Who is unlocking the store [default: its only user, else the one named as the OS user]'
            cand --format 'Output format of lists and `show` (`ics`: `deadlines` only)'
            cand --lang 'Interface language [default: KABINET_LANG, else ru when LANG/LC_ALL starts with ru, else en]'
            cand --holidays 'A file of extra or overriding days off and working days (format: see `kabinet calendar --help`)'
            cand -y 'Answer yes to confirmation prompts (required to delete when not on a terminal)'
            cand --yes 'Answer yes to confirmation prompts (required to delete when not on a terminal)'
            cand -q 'Print only what was asked for: no confirmations, no warnings'
            cand --quiet 'Print only what was asked for: no confirmations, no warnings'
            cand --no-color 'No colours (also when NO_COLOR is set)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'kabinet;record'= {
            cand --store 'Path of the store [default: $XDG_DATA_HOME/kabinet/kabinet.db]'
            cand --passphrase-file 'Read the passphrase from the first line of this file'
            cand --user 'Who is unlocking the store [default: its only user, else the one named as the OS user]'
            cand --format 'Output format of lists and `show` (`ics`: `deadlines` only)'
            cand --lang 'Interface language [default: KABINET_LANG, else ru when LANG/LC_ALL starts with ru, else en]'
            cand --holidays 'A file of extra or overriding days off and working days (format: see `kabinet calendar --help`)'
            cand -y 'Answer yes to confirmation prompts (required to delete when not on a terminal)'
            cand --yes 'Answer yes to confirmation prompts (required to delete when not on a terminal)'
            cand -q 'Print only what was asked for: no confirmations, no warnings'
            cand --quiet 'Print only what was asked for: no confirmations, no warnings'
            cand --no-color 'No colours (also when NO_COLOR is set)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand add 'Add a record and print its ID'
            cand list 'List records'
            cand show 'Show one record with its edit window and amendments'
            cand edit 'Change a record within 24 hours of its entry (later: use `amend`)'
            cand delete 'Delete a record within 24 hours of its entry'
            cand amend 'Correct a locked record: a new record supersedes it, and the original is kept'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'kabinet;record;add'= {
            cand --subject-id 'Who or what the event concerns: a person''s or a case''s number [required]'
            cand --subject-name 'Full name (ФИО) of the subject, no abbreviations'
            cand --event-date 'Day of the event, never in the future [required]'
            cand --date 'Day of the event, never in the future [required]'
            cand --type 'Type of event: осмотр, прививка, консультация, направление, выплата… [required]'
            cand --subtype 'A finer category of the type'
            cand --result 'What came of it: заключение, сумма выплачена… [required]'
            cand --description 'Free-text description'
            cand --registry-no 'Registry number of the case'
            cand --amount 'Amount, with a dot and no thousands separators: 1500.50 (never below zero: a refund is its own event)'
            cand --snils 'СНИЛС of the subject, with or without separators'
            cand --oktmo 'ОКТМО code, 8 or 11 digits'
            cand --responsible 'Who is responsible'
            cand --follow-up-on 'When the next step is due (a repeat check-up): a deadline'
            cand --follow-up 'When the next step is due (a repeat check-up): a deadline'
            cand --store 'Path of the store [default: $XDG_DATA_HOME/kabinet/kabinet.db]'
            cand --passphrase-file 'Read the passphrase from the first line of this file'
            cand --user 'Who is unlocking the store [default: its only user, else the one named as the OS user]'
            cand --format 'Output format of lists and `show` (`ics`: `deadlines` only)'
            cand --lang 'Interface language [default: KABINET_LANG, else ru when LANG/LC_ALL starts with ru, else en]'
            cand --holidays 'A file of extra or overriding days off and working days (format: see `kabinet calendar --help`)'
            cand --force 'Add even if a record with the same subject, date, type and result exists'
            cand -y 'Answer yes to confirmation prompts (required to delete when not on a terminal)'
            cand --yes 'Answer yes to confirmation prompts (required to delete when not on a terminal)'
            cand -q 'Print only what was asked for: no confirmations, no warnings'
            cand --quiet 'Print only what was asked for: no confirmations, no warnings'
            cand --no-color 'No colours (also when NO_COLOR is set)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'kabinet;record;list'= {
            cand -n 'Only the last N records (by event date), like `jrnl -n N`'
            cand --last 'Only the last N records (by event date), like `jrnl -n N`'
            cand --from 'Events on or after this day'
            cand --to 'Events on or before this day'
            cand --status 'Only this status: ok, late or amended'
            cand --text 'Text anywhere in the record (case-insensitive)'
            cand --type 'Only this type (case-insensitive)'
            cand --subject 'Subject ID, or part of the subject''s name'
            cand --store 'Path of the store [default: $XDG_DATA_HOME/kabinet/kabinet.db]'
            cand --passphrase-file 'Read the passphrase from the first line of this file'
            cand --user 'Who is unlocking the store [default: its only user, else the one named as the OS user]'
            cand --format 'Output format of lists and `show` (`ics`: `deadlines` only)'
            cand --lang 'Interface language [default: KABINET_LANG, else ru when LANG/LC_ALL starts with ru, else en]'
            cand --holidays 'A file of extra or overriding days off and working days (format: see `kabinet calendar --help`)'
            cand --all 'Include records superseded by an amendment'
            cand -y 'Answer yes to confirmation prompts (required to delete when not on a terminal)'
            cand --yes 'Answer yes to confirmation prompts (required to delete when not on a terminal)'
            cand -q 'Print only what was asked for: no confirmations, no warnings'
            cand --quiet 'Print only what was asked for: no confirmations, no warnings'
            cand --no-color 'No colours (also when NO_COLOR is set)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'kabinet;record;show'= {
            cand --store 'Path of the store [default: $XDG_DATA_HOME/kabinet/kabinet.db]'
            cand --passphrase-file 'Read the passphrase from the first line of this file'
            cand --user 'Who is unlocking the store [default: its only user, else the one named as the OS user]'
            cand --format 'Output format of lists and `show` (`ics`: `deadlines` only)'
            cand --lang 'Interface language [default: KABINET_LANG, else ru when LANG/LC_ALL starts with ru, else en]'
            cand --holidays 'A file of extra or overriding days off and working days (format: see `kabinet calendar --help`)'
            cand -y 'Answer yes to confirmation prompts (required to delete when not on a terminal)'
            cand --yes 'Answer yes to confirmation prompts (required to delete when not on a terminal)'
            cand -q 'Print only what was asked for: no confirmations, no warnings'
            cand --quiet 'Print only what was asked for: no confirmations, no warnings'
            cand --no-color 'No colours (also when NO_COLOR is set)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'kabinet;record;edit'= {
            cand --subject-id 'Who or what the event concerns: a person''s or a case''s number [required]'
            cand --subject-name 'Full name (ФИО) of the subject, no abbreviations'
            cand --event-date 'Day of the event, never in the future [required]'
            cand --date 'Day of the event, never in the future [required]'
            cand --type 'Type of event: осмотр, прививка, консультация, направление, выплата… [required]'
            cand --subtype 'A finer category of the type'
            cand --result 'What came of it: заключение, сумма выплачена… [required]'
            cand --description 'Free-text description'
            cand --registry-no 'Registry number of the case'
            cand --amount 'Amount, with a dot and no thousands separators: 1500.50 (never below zero: a refund is its own event)'
            cand --snils 'СНИЛС of the subject, with or without separators'
            cand --oktmo 'ОКТМО code, 8 or 11 digits'
            cand --responsible 'Who is responsible'
            cand --follow-up-on 'When the next step is due (a repeat check-up): a deadline'
            cand --follow-up 'When the next step is due (a repeat check-up): a deadline'
            cand --store 'Path of the store [default: $XDG_DATA_HOME/kabinet/kabinet.db]'
            cand --passphrase-file 'Read the passphrase from the first line of this file'
            cand --user 'Who is unlocking the store [default: its only user, else the one named as the OS user]'
            cand --format 'Output format of lists and `show` (`ics`: `deadlines` only)'
            cand --lang 'Interface language [default: KABINET_LANG, else ru when LANG/LC_ALL starts with ru, else en]'
            cand --holidays 'A file of extra or overriding days off and working days (format: see `kabinet calendar --help`)'
            cand --force 'Save even if the change makes it a duplicate of another record'
            cand -y 'Answer yes to confirmation prompts (required to delete when not on a terminal)'
            cand --yes 'Answer yes to confirmation prompts (required to delete when not on a terminal)'
            cand -q 'Print only what was asked for: no confirmations, no warnings'
            cand --quiet 'Print only what was asked for: no confirmations, no warnings'
            cand --no-color 'No colours (also when NO_COLOR is set)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'kabinet;record;delete'= {
            cand --store 'Path of the store [default: $XDG_DATA_HOME/kabinet/kabinet.db]'
            cand --passphrase-file 'Read the passphrase from the first line of this file'
            cand --user 'Who is unlocking the store [default: its only user, else the one named as the OS user]'
            cand --format 'Output format of lists and `show` (`ics`: `deadlines` only)'
            cand --lang 'Interface language [default: KABINET_LANG, else ru when LANG/LC_ALL starts with ru, else en]'
            cand --holidays 'A file of extra or overriding days off and working days (format: see `kabinet calendar --help`)'
            cand -y 'Answer yes to confirmation prompts (required to delete when not on a terminal)'
            cand --yes 'Answer yes to confirmation prompts (required to delete when not on a terminal)'
            cand -q 'Print only what was asked for: no confirmations, no warnings'
            cand --quiet 'Print only what was asked for: no confirmations, no warnings'
            cand --no-color 'No colours (also when NO_COLOR is set)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'kabinet;record;amend'= {
            cand --subject-id 'Who or what the event concerns: a person''s or a case''s number [required]'
            cand --subject-name 'Full name (ФИО) of the subject, no abbreviations'
            cand --event-date 'Day of the event, never in the future [required]'
            cand --date 'Day of the event, never in the future [required]'
            cand --type 'Type of event: осмотр, прививка, консультация, направление, выплата… [required]'
            cand --subtype 'A finer category of the type'
            cand --result 'What came of it: заключение, сумма выплачена… [required]'
            cand --description 'Free-text description'
            cand --registry-no 'Registry number of the case'
            cand --amount 'Amount, with a dot and no thousands separators: 1500.50 (never below zero: a refund is its own event)'
            cand --snils 'СНИЛС of the subject, with or without separators'
            cand --oktmo 'ОКТМО code, 8 or 11 digits'
            cand --responsible 'Who is responsible'
            cand --follow-up-on 'When the next step is due (a repeat check-up): a deadline'
            cand --follow-up 'When the next step is due (a repeat check-up): a deadline'
            cand --store 'Path of the store [default: $XDG_DATA_HOME/kabinet/kabinet.db]'
            cand --passphrase-file 'Read the passphrase from the first line of this file'
            cand --user 'Who is unlocking the store [default: its only user, else the one named as the OS user]'
            cand --format 'Output format of lists and `show` (`ics`: `deadlines` only)'
            cand --lang 'Interface language [default: KABINET_LANG, else ru when LANG/LC_ALL starts with ru, else en]'
            cand --holidays 'A file of extra or overriding days off and working days (format: see `kabinet calendar --help`)'
            cand --force 'Save even if the amendment duplicates another record'
            cand -y 'Answer yes to confirmation prompts (required to delete when not on a terminal)'
            cand --yes 'Answer yes to confirmation prompts (required to delete when not on a terminal)'
            cand -q 'Print only what was asked for: no confirmations, no warnings'
            cand --quiet 'Print only what was asked for: no confirmations, no warnings'
            cand --no-color 'No colours (also when NO_COLOR is set)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'kabinet;record;help'= {
            cand add 'Add a record and print its ID'
            cand list 'List records'
            cand show 'Show one record with its edit window and amendments'
            cand edit 'Change a record within 24 hours of its entry (later: use `amend`)'
            cand delete 'Delete a record within 24 hours of its entry'
            cand amend 'Correct a locked record: a new record supersedes it, and the original is kept'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'kabinet;record;help;add'= {
        }
        &'kabinet;record;help;list'= {
        }
        &'kabinet;record;help;show'= {
        }
        &'kabinet;record;help;edit'= {
        }
        &'kabinet;record;help;delete'= {
        }
        &'kabinet;record;help;amend'= {
        }
        &'kabinet;record;help;help'= {
        }
        &'kabinet;doc'= {
            cand --store 'Path of the store [default: $XDG_DATA_HOME/kabinet/kabinet.db]'
            cand --passphrase-file 'Read the passphrase from the first line of this file'
            cand --user 'Who is unlocking the store [default: its only user, else the one named as the OS user]'
            cand --format 'Output format of lists and `show` (`ics`: `deadlines` only)'
            cand --lang 'Interface language [default: KABINET_LANG, else ru when LANG/LC_ALL starts with ru, else en]'
            cand --holidays 'A file of extra or overriding days off and working days (format: see `kabinet calendar --help`)'
            cand -y 'Answer yes to confirmation prompts (required to delete when not on a terminal)'
            cand --yes 'Answer yes to confirmation prompts (required to delete when not on a terminal)'
            cand -q 'Print only what was asked for: no confirmations, no warnings'
            cand --quiet 'Print only what was asked for: no confirmations, no warnings'
            cand --no-color 'No colours (also when NO_COLOR is set)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand add 'Add a document and print its ID'
            cand list 'List documents with their status (valid, expiring, expired, indefinite, archived)'
            cand show 'Show one document with its status and days left'
            cand edit 'Change a document''s fields'
            cand renew 'Replace a document by a new one: the old one is archived and linked to the new'
            cand archive 'Archive a document that is no longer in use'
            cand delete 'Delete a document'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'kabinet;doc;add'= {
            cand --holder 'Holder''s full name (ФИО) [required]'
            cand --holder-snils 'Holder''s СНИЛС'
            cand --kind 'passport, foreign_passport, driver_license, snils, inn, oms_policy, birth_certificate, medical_certificate, vehicle_registration, license, contract, other (or the Russian name: паспорт, права, полис ОМС…) [required]'
            cand --series 'Series, e.g. 45 06'
            cand --number 'Number'
            cand --issued-on 'Day of issue, not in the future [required]'
            cand --issued 'Day of issue, not in the future [required]'
            cand --issued-by 'Issuing authority'
            cand --department-code 'Department code, NNN-NNN'
            cand --expires-on 'Last day of validity; empty means indefinite (бессрочно)'
            cand --expires 'Last day of validity; empty means indefinite (бессрочно)'
            cand --notes 'Notes'
            cand --email 'The holder''s e-mail: their reminders go there (`kabinet notify`)'
            cand --phone 'The holder''s phone, for a reminder by SMS: +7 and ten digits, as written (8 912 345-67-89)'
            cand --store 'Path of the store [default: $XDG_DATA_HOME/kabinet/kabinet.db]'
            cand --passphrase-file 'Read the passphrase from the first line of this file'
            cand --user 'Who is unlocking the store [default: its only user, else the one named as the OS user]'
            cand --format 'Output format of lists and `show` (`ics`: `deadlines` only)'
            cand --lang 'Interface language [default: KABINET_LANG, else ru when LANG/LC_ALL starts with ru, else en]'
            cand --holidays 'A file of extra or overriding days off and working days (format: see `kabinet calendar --help`)'
            cand --force 'Add even if a document of this kind, series and number exists'
            cand -y 'Answer yes to confirmation prompts (required to delete when not on a terminal)'
            cand --yes 'Answer yes to confirmation prompts (required to delete when not on a terminal)'
            cand -q 'Print only what was asked for: no confirmations, no warnings'
            cand --quiet 'Print only what was asked for: no confirmations, no warnings'
            cand --no-color 'No colours (also when NO_COLOR is set)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'kabinet;doc;list'= {
            cand --kind 'Only this kind'
            cand --status 'Only this status: valid, expiring, expired, indefinite, archived'
            cand --text 'Text anywhere in the document (case-insensitive)'
            cand --holder 'Part of the holder''s name'
            cand --store 'Path of the store [default: $XDG_DATA_HOME/kabinet/kabinet.db]'
            cand --passphrase-file 'Read the passphrase from the first line of this file'
            cand --user 'Who is unlocking the store [default: its only user, else the one named as the OS user]'
            cand --format 'Output format of lists and `show` (`ics`: `deadlines` only)'
            cand --lang 'Interface language [default: KABINET_LANG, else ru when LANG/LC_ALL starts with ru, else en]'
            cand --holidays 'A file of extra or overriding days off and working days (format: see `kabinet calendar --help`)'
            cand --all 'Include archived documents'
            cand -y 'Answer yes to confirmation prompts (required to delete when not on a terminal)'
            cand --yes 'Answer yes to confirmation prompts (required to delete when not on a terminal)'
            cand -q 'Print only what was asked for: no confirmations, no warnings'
            cand --quiet 'Print only what was asked for: no confirmations, no warnings'
            cand --no-color 'No colours (also when NO_COLOR is set)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'kabinet;doc;show'= {
            cand --store 'Path of the store [default: $XDG_DATA_HOME/kabinet/kabinet.db]'
            cand --passphrase-file 'Read the passphrase from the first line of this file'
            cand --user 'Who is unlocking the store [default: its only user, else the one named as the OS user]'
            cand --format 'Output format of lists and `show` (`ics`: `deadlines` only)'
            cand --lang 'Interface language [default: KABINET_LANG, else ru when LANG/LC_ALL starts with ru, else en]'
            cand --holidays 'A file of extra or overriding days off and working days (format: see `kabinet calendar --help`)'
            cand -y 'Answer yes to confirmation prompts (required to delete when not on a terminal)'
            cand --yes 'Answer yes to confirmation prompts (required to delete when not on a terminal)'
            cand -q 'Print only what was asked for: no confirmations, no warnings'
            cand --quiet 'Print only what was asked for: no confirmations, no warnings'
            cand --no-color 'No colours (also when NO_COLOR is set)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'kabinet;doc;edit'= {
            cand --holder 'Holder''s full name (ФИО) [required]'
            cand --holder-snils 'Holder''s СНИЛС'
            cand --kind 'passport, foreign_passport, driver_license, snils, inn, oms_policy, birth_certificate, medical_certificate, vehicle_registration, license, contract, other (or the Russian name: паспорт, права, полис ОМС…) [required]'
            cand --series 'Series, e.g. 45 06'
            cand --number 'Number'
            cand --issued-on 'Day of issue, not in the future [required]'
            cand --issued 'Day of issue, not in the future [required]'
            cand --issued-by 'Issuing authority'
            cand --department-code 'Department code, NNN-NNN'
            cand --expires-on 'Last day of validity; empty means indefinite (бессрочно)'
            cand --expires 'Last day of validity; empty means indefinite (бессрочно)'
            cand --notes 'Notes'
            cand --email 'The holder''s e-mail: their reminders go there (`kabinet notify`)'
            cand --phone 'The holder''s phone, for a reminder by SMS: +7 and ten digits, as written (8 912 345-67-89)'
            cand --store 'Path of the store [default: $XDG_DATA_HOME/kabinet/kabinet.db]'
            cand --passphrase-file 'Read the passphrase from the first line of this file'
            cand --user 'Who is unlocking the store [default: its only user, else the one named as the OS user]'
            cand --format 'Output format of lists and `show` (`ics`: `deadlines` only)'
            cand --lang 'Interface language [default: KABINET_LANG, else ru when LANG/LC_ALL starts with ru, else en]'
            cand --holidays 'A file of extra or overriding days off and working days (format: see `kabinet calendar --help`)'
            cand --force 'Save even if the change duplicates another document'
            cand -y 'Answer yes to confirmation prompts (required to delete when not on a terminal)'
            cand --yes 'Answer yes to confirmation prompts (required to delete when not on a terminal)'
            cand -q 'Print only what was asked for: no confirmations, no warnings'
            cand --quiet 'Print only what was asked for: no confirmations, no warnings'
            cand --no-color 'No colours (also when NO_COLOR is set)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'kabinet;doc;renew'= {
            cand --holder 'Holder''s full name (ФИО) [required]'
            cand --holder-snils 'Holder''s СНИЛС'
            cand --kind 'passport, foreign_passport, driver_license, snils, inn, oms_policy, birth_certificate, medical_certificate, vehicle_registration, license, contract, other (or the Russian name: паспорт, права, полис ОМС…) [required]'
            cand --series 'Series, e.g. 45 06'
            cand --number 'Number'
            cand --issued-on 'Day of issue, not in the future [required]'
            cand --issued 'Day of issue, not in the future [required]'
            cand --issued-by 'Issuing authority'
            cand --department-code 'Department code, NNN-NNN'
            cand --expires-on 'Last day of validity; empty means indefinite (бессрочно)'
            cand --expires 'Last day of validity; empty means indefinite (бессрочно)'
            cand --notes 'Notes'
            cand --email 'The holder''s e-mail: their reminders go there (`kabinet notify`)'
            cand --phone 'The holder''s phone, for a reminder by SMS: +7 and ten digits, as written (8 912 345-67-89)'
            cand --store 'Path of the store [default: $XDG_DATA_HOME/kabinet/kabinet.db]'
            cand --passphrase-file 'Read the passphrase from the first line of this file'
            cand --user 'Who is unlocking the store [default: its only user, else the one named as the OS user]'
            cand --format 'Output format of lists and `show` (`ics`: `deadlines` only)'
            cand --lang 'Interface language [default: KABINET_LANG, else ru when LANG/LC_ALL starts with ru, else en]'
            cand --holidays 'A file of extra or overriding days off and working days (format: see `kabinet calendar --help`)'
            cand --force 'Add even if the new document duplicates another'
            cand -y 'Answer yes to confirmation prompts (required to delete when not on a terminal)'
            cand --yes 'Answer yes to confirmation prompts (required to delete when not on a terminal)'
            cand -q 'Print only what was asked for: no confirmations, no warnings'
            cand --quiet 'Print only what was asked for: no confirmations, no warnings'
            cand --no-color 'No colours (also when NO_COLOR is set)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'kabinet;doc;archive'= {
            cand --store 'Path of the store [default: $XDG_DATA_HOME/kabinet/kabinet.db]'
            cand --passphrase-file 'Read the passphrase from the first line of this file'
            cand --user 'Who is unlocking the store [default: its only user, else the one named as the OS user]'
            cand --format 'Output format of lists and `show` (`ics`: `deadlines` only)'
            cand --lang 'Interface language [default: KABINET_LANG, else ru when LANG/LC_ALL starts with ru, else en]'
            cand --holidays 'A file of extra or overriding days off and working days (format: see `kabinet calendar --help`)'
            cand -y 'Answer yes to confirmation prompts (required to delete when not on a terminal)'
            cand --yes 'Answer yes to confirmation prompts (required to delete when not on a terminal)'
            cand -q 'Print only what was asked for: no confirmations, no warnings'
            cand --quiet 'Print only what was asked for: no confirmations, no warnings'
            cand --no-color 'No colours (also when NO_COLOR is set)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'kabinet;doc;delete'= {
            cand --store 'Path of the store [default: $XDG_DATA_HOME/kabinet/kabinet.db]'
            cand --passphrase-file 'Read the passphrase from the first line of this file'
            cand --user 'Who is unlocking the store [default: its only user, else the one named as the OS user]'
            cand --format 'Output format of lists and `show` (`ics`: `deadlines` only)'
            cand --lang 'Interface language [default: KABINET_LANG, else ru when LANG/LC_ALL starts with ru, else en]'
            cand --holidays 'A file of extra or overriding days off and working days (format: see `kabinet calendar --help`)'
            cand --force 'Delete even if a scheduled appointment needs it'
            cand -y 'Answer yes to confirmation prompts (required to delete when not on a terminal)'
            cand --yes 'Answer yes to confirmation prompts (required to delete when not on a terminal)'
            cand -q 'Print only what was asked for: no confirmations, no warnings'
            cand --quiet 'Print only what was asked for: no confirmations, no warnings'
            cand --no-color 'No colours (also when NO_COLOR is set)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'kabinet;doc;help'= {
            cand add 'Add a document and print its ID'
            cand list 'List documents with their status (valid, expiring, expired, indefinite, archived)'
            cand show 'Show one document with its status and days left'
            cand edit 'Change a document''s fields'
            cand renew 'Replace a document by a new one: the old one is archived and linked to the new'
            cand archive 'Archive a document that is no longer in use'
            cand delete 'Delete a document'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'kabinet;doc;help;add'= {
        }
        &'kabinet;doc;help;list'= {
        }
        &'kabinet;doc;help;show'= {
        }
        &'kabinet;doc;help;edit'= {
        }
        &'kabinet;doc;help;renew'= {
        }
        &'kabinet;doc;help;archive'= {
        }
        &'kabinet;doc;help;delete'= {
        }
        &'kabinet;doc;help;help'= {
        }
        &'kabinet;appt'= {
            cand --store 'Path of the store [default: $XDG_DATA_HOME/kabinet/kabinet.db]'
            cand --passphrase-file 'Read the passphrase from the first line of this file'
            cand --user 'Who is unlocking the store [default: its only user, else the one named as the OS user]'
            cand --format 'Output format of lists and `show` (`ics`: `deadlines` only)'
            cand --lang 'Interface language [default: KABINET_LANG, else ru when LANG/LC_ALL starts with ru, else en]'
            cand --holidays 'A file of extra or overriding days off and working days (format: see `kabinet calendar --help`)'
            cand -y 'Answer yes to confirmation prompts (required to delete when not on a terminal)'
            cand --yes 'Answer yes to confirmation prompts (required to delete when not on a terminal)'
            cand -q 'Print only what was asked for: no confirmations, no warnings'
            cand --quiet 'Print only what was asked for: no confirmations, no warnings'
            cand --no-color 'No colours (also when NO_COLOR is set)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand add 'Book an appointment and print its ID'
            cand list 'List appointments'
            cand show 'Show one appointment with reminders, documents to bring and its history'
            cand edit 'Change an appointment''s details (use `reschedule` to move it)'
            cand reschedule 'Move an appointment; the old time stays in its history'
            cand cancel 'Cancel an appointment (until 24 hours before the start)'
            cand done 'Mark an appointment as attended'
            cand no-show 'Mark an appointment as missed'
            cand delete 'Delete an appointment and its history'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'kabinet;appt;add'= {
            cand --person 'Who goes'
            cand --institution 'Institution: МФЦ, поликлиника, ГИБДД, ФНС… [required]'
            cand --service 'Service booked [required]'
            cand --office 'Office or address'
            cand --starts-at 'Start: ''ДД.ММ.ГГГГ ЧЧ:ММ'' or ISO 8601 [required]'
            cand --at 'Start: ''ДД.ММ.ГГГГ ЧЧ:ММ'' or ISO 8601 [required]'
            cand --duration-min 'Duration in minutes [default: 30]'
            cand --confirmation-no 'Confirmation number given by the office'
            cand --needs 'IDs of documents to bring: D-1,D-2'
            cand --notes 'Notes'
            cand --email 'The person''s e-mail: their reminders go there (`kabinet notify`)'
            cand --phone 'The person''s phone, for a reminder by SMS: +7 and ten digits, as written (8 912 345-67-89)'
            cand --store 'Path of the store [default: $XDG_DATA_HOME/kabinet/kabinet.db]'
            cand --passphrase-file 'Read the passphrase from the first line of this file'
            cand --user 'Who is unlocking the store [default: its only user, else the one named as the OS user]'
            cand --format 'Output format of lists and `show` (`ics`: `deadlines` only)'
            cand --lang 'Interface language [default: KABINET_LANG, else ru when LANG/LC_ALL starts with ru, else en]'
            cand --holidays 'A file of extra or overriding days off and working days (format: see `kabinet calendar --help`)'
            cand --force 'Add even if the same person, institution, service and time exist'
            cand -y 'Answer yes to confirmation prompts (required to delete when not on a terminal)'
            cand --yes 'Answer yes to confirmation prompts (required to delete when not on a terminal)'
            cand -q 'Print only what was asked for: no confirmations, no warnings'
            cand --quiet 'Print only what was asked for: no confirmations, no warnings'
            cand --no-color 'No colours (also when NO_COLOR is set)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'kabinet;appt;list'= {
            cand --from 'Starting on or after this day'
            cand --to 'Starting on or before this day'
            cand --status 'Only this status: scheduled, done, no_show, cancelled'
            cand --text 'Text anywhere in the appointment (case-insensitive)'
            cand --person 'Part of the person''s name'
            cand --institution 'Part of the institution''s name'
            cand --store 'Path of the store [default: $XDG_DATA_HOME/kabinet/kabinet.db]'
            cand --passphrase-file 'Read the passphrase from the first line of this file'
            cand --user 'Who is unlocking the store [default: its only user, else the one named as the OS user]'
            cand --format 'Output format of lists and `show` (`ics`: `deadlines` only)'
            cand --lang 'Interface language [default: KABINET_LANG, else ru when LANG/LC_ALL starts with ru, else en]'
            cand --holidays 'A file of extra or overriding days off and working days (format: see `kabinet calendar --help`)'
            cand --upcoming 'Only scheduled appointments from now on'
            cand -y 'Answer yes to confirmation prompts (required to delete when not on a terminal)'
            cand --yes 'Answer yes to confirmation prompts (required to delete when not on a terminal)'
            cand -q 'Print only what was asked for: no confirmations, no warnings'
            cand --quiet 'Print only what was asked for: no confirmations, no warnings'
            cand --no-color 'No colours (also when NO_COLOR is set)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'kabinet;appt;show'= {
            cand --store 'Path of the store [default: $XDG_DATA_HOME/kabinet/kabinet.db]'
            cand --passphrase-file 'Read the passphrase from the first line of this file'
            cand --user 'Who is unlocking the store [default: its only user, else the one named as the OS user]'
            cand --format 'Output format of lists and `show` (`ics`: `deadlines` only)'
            cand --lang 'Interface language [default: KABINET_LANG, else ru when LANG/LC_ALL starts with ru, else en]'
            cand --holidays 'A file of extra or overriding days off and working days (format: see `kabinet calendar --help`)'
            cand -y 'Answer yes to confirmation prompts (required to delete when not on a terminal)'
            cand --yes 'Answer yes to confirmation prompts (required to delete when not on a terminal)'
            cand -q 'Print only what was asked for: no confirmations, no warnings'
            cand --quiet 'Print only what was asked for: no confirmations, no warnings'
            cand --no-color 'No colours (also when NO_COLOR is set)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'kabinet;appt;edit'= {
            cand --person 'Who goes'
            cand --institution 'Institution: МФЦ, поликлиника, ГИБДД, ФНС… [required]'
            cand --service 'Service booked [required]'
            cand --office 'Office or address'
            cand --starts-at 'Start: ''ДД.ММ.ГГГГ ЧЧ:ММ'' or ISO 8601 [required]'
            cand --at 'Start: ''ДД.ММ.ГГГГ ЧЧ:ММ'' or ISO 8601 [required]'
            cand --duration-min 'Duration in minutes [default: 30]'
            cand --confirmation-no 'Confirmation number given by the office'
            cand --needs 'IDs of documents to bring: D-1,D-2'
            cand --notes 'Notes'
            cand --email 'The person''s e-mail: their reminders go there (`kabinet notify`)'
            cand --phone 'The person''s phone, for a reminder by SMS: +7 and ten digits, as written (8 912 345-67-89)'
            cand --store 'Path of the store [default: $XDG_DATA_HOME/kabinet/kabinet.db]'
            cand --passphrase-file 'Read the passphrase from the first line of this file'
            cand --user 'Who is unlocking the store [default: its only user, else the one named as the OS user]'
            cand --format 'Output format of lists and `show` (`ics`: `deadlines` only)'
            cand --lang 'Interface language [default: KABINET_LANG, else ru when LANG/LC_ALL starts with ru, else en]'
            cand --holidays 'A file of extra or overriding days off and working days (format: see `kabinet calendar --help`)'
            cand --force 'Save even if the change duplicates another appointment'
            cand -y 'Answer yes to confirmation prompts (required to delete when not on a terminal)'
            cand --yes 'Answer yes to confirmation prompts (required to delete when not on a terminal)'
            cand -q 'Print only what was asked for: no confirmations, no warnings'
            cand --quiet 'Print only what was asked for: no confirmations, no warnings'
            cand --no-color 'No colours (also when NO_COLOR is set)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'kabinet;appt;reschedule'= {
            cand --at 'The new start'
            cand --starts-at 'The new start'
            cand --store 'Path of the store [default: $XDG_DATA_HOME/kabinet/kabinet.db]'
            cand --passphrase-file 'Read the passphrase from the first line of this file'
            cand --user 'Who is unlocking the store [default: its only user, else the one named as the OS user]'
            cand --format 'Output format of lists and `show` (`ics`: `deadlines` only)'
            cand --lang 'Interface language [default: KABINET_LANG, else ru when LANG/LC_ALL starts with ru, else en]'
            cand --holidays 'A file of extra or overriding days off and working days (format: see `kabinet calendar --help`)'
            cand --force 'Allow it less than 24 hours before the start (marked late)'
            cand -y 'Answer yes to confirmation prompts (required to delete when not on a terminal)'
            cand --yes 'Answer yes to confirmation prompts (required to delete when not on a terminal)'
            cand -q 'Print only what was asked for: no confirmations, no warnings'
            cand --quiet 'Print only what was asked for: no confirmations, no warnings'
            cand --no-color 'No colours (also when NO_COLOR is set)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'kabinet;appt;cancel'= {
            cand --store 'Path of the store [default: $XDG_DATA_HOME/kabinet/kabinet.db]'
            cand --passphrase-file 'Read the passphrase from the first line of this file'
            cand --user 'Who is unlocking the store [default: its only user, else the one named as the OS user]'
            cand --format 'Output format of lists and `show` (`ics`: `deadlines` only)'
            cand --lang 'Interface language [default: KABINET_LANG, else ru when LANG/LC_ALL starts with ru, else en]'
            cand --holidays 'A file of extra or overriding days off and working days (format: see `kabinet calendar --help`)'
            cand --force 'Allow it less than 24 hours before the start (marked late)'
            cand -y 'Answer yes to confirmation prompts (required to delete when not on a terminal)'
            cand --yes 'Answer yes to confirmation prompts (required to delete when not on a terminal)'
            cand -q 'Print only what was asked for: no confirmations, no warnings'
            cand --quiet 'Print only what was asked for: no confirmations, no warnings'
            cand --no-color 'No colours (also when NO_COLOR is set)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'kabinet;appt;done'= {
            cand --store 'Path of the store [default: $XDG_DATA_HOME/kabinet/kabinet.db]'
            cand --passphrase-file 'Read the passphrase from the first line of this file'
            cand --user 'Who is unlocking the store [default: its only user, else the one named as the OS user]'
            cand --format 'Output format of lists and `show` (`ics`: `deadlines` only)'
            cand --lang 'Interface language [default: KABINET_LANG, else ru when LANG/LC_ALL starts with ru, else en]'
            cand --holidays 'A file of extra or overriding days off and working days (format: see `kabinet calendar --help`)'
            cand -y 'Answer yes to confirmation prompts (required to delete when not on a terminal)'
            cand --yes 'Answer yes to confirmation prompts (required to delete when not on a terminal)'
            cand -q 'Print only what was asked for: no confirmations, no warnings'
            cand --quiet 'Print only what was asked for: no confirmations, no warnings'
            cand --no-color 'No colours (also when NO_COLOR is set)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'kabinet;appt;no-show'= {
            cand --store 'Path of the store [default: $XDG_DATA_HOME/kabinet/kabinet.db]'
            cand --passphrase-file 'Read the passphrase from the first line of this file'
            cand --user 'Who is unlocking the store [default: its only user, else the one named as the OS user]'
            cand --format 'Output format of lists and `show` (`ics`: `deadlines` only)'
            cand --lang 'Interface language [default: KABINET_LANG, else ru when LANG/LC_ALL starts with ru, else en]'
            cand --holidays 'A file of extra or overriding days off and working days (format: see `kabinet calendar --help`)'
            cand -y 'Answer yes to confirmation prompts (required to delete when not on a terminal)'
            cand --yes 'Answer yes to confirmation prompts (required to delete when not on a terminal)'
            cand -q 'Print only what was asked for: no confirmations, no warnings'
            cand --quiet 'Print only what was asked for: no confirmations, no warnings'
            cand --no-color 'No colours (also when NO_COLOR is set)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'kabinet;appt;delete'= {
            cand --store 'Path of the store [default: $XDG_DATA_HOME/kabinet/kabinet.db]'
            cand --passphrase-file 'Read the passphrase from the first line of this file'
            cand --user 'Who is unlocking the store [default: its only user, else the one named as the OS user]'
            cand --format 'Output format of lists and `show` (`ics`: `deadlines` only)'
            cand --lang 'Interface language [default: KABINET_LANG, else ru when LANG/LC_ALL starts with ru, else en]'
            cand --holidays 'A file of extra or overriding days off and working days (format: see `kabinet calendar --help`)'
            cand -y 'Answer yes to confirmation prompts (required to delete when not on a terminal)'
            cand --yes 'Answer yes to confirmation prompts (required to delete when not on a terminal)'
            cand -q 'Print only what was asked for: no confirmations, no warnings'
            cand --quiet 'Print only what was asked for: no confirmations, no warnings'
            cand --no-color 'No colours (also when NO_COLOR is set)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'kabinet;appt;help'= {
            cand add 'Book an appointment and print its ID'
            cand list 'List appointments'
            cand show 'Show one appointment with reminders, documents to bring and its history'
            cand edit 'Change an appointment''s details (use `reschedule` to move it)'
            cand reschedule 'Move an appointment; the old time stays in its history'
            cand cancel 'Cancel an appointment (until 24 hours before the start)'
            cand done 'Mark an appointment as attended'
            cand no-show 'Mark an appointment as missed'
            cand delete 'Delete an appointment and its history'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'kabinet;appt;help;add'= {
        }
        &'kabinet;appt;help;list'= {
        }
        &'kabinet;appt;help;show'= {
        }
        &'kabinet;appt;help;edit'= {
        }
        &'kabinet;appt;help;reschedule'= {
        }
        &'kabinet;appt;help;cancel'= {
        }
        &'kabinet;appt;help;done'= {
        }
        &'kabinet;appt;help;no-show'= {
        }
        &'kabinet;appt;help;delete'= {
        }
        &'kabinet;appt;help;help'= {
        }
        &'kabinet;obligation'= {
            cand --store 'Path of the store [default: $XDG_DATA_HOME/kabinet/kabinet.db]'
            cand --passphrase-file 'Read the passphrase from the first line of this file'
            cand --user 'Who is unlocking the store [default: its only user, else the one named as the OS user]'
            cand --format 'Output format of lists and `show` (`ics`: `deadlines` only)'
            cand --lang 'Interface language [default: KABINET_LANG, else ru when LANG/LC_ALL starts with ru, else en]'
            cand --holidays 'A file of extra or overriding days off and working days (format: see `kabinet calendar --help`)'
            cand -y 'Answer yes to confirmation prompts (required to delete when not on a terminal)'
            cand --yes 'Answer yes to confirmation prompts (required to delete when not on a terminal)'
            cand -q 'Print only what was asked for: no confirmations, no warnings'
            cand --quiet 'Print only what was asked for: no confirmations, no warnings'
            cand --no-color 'No colours (also when NO_COLOR is set)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand add 'Add an obligation and print its ID'
            cand list 'List obligations with their effective due dates'
            cand done 'Mark done: a recurring one moves to its next date, a one-off is closed'
            cand delete 'Delete an obligation'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'kabinet;obligation;add'= {
            cand --due 'When it is (first) due [required]'
            cand --every 'Repeat every month, quarter or year'
            cand --day 'Day of the month it recurs on [default: the day of --due]'
            cand --shift 'When the date is a day off: next (working day, the default), previous, none'
            cand --notes 'Notes'
            cand --store 'Path of the store [default: $XDG_DATA_HOME/kabinet/kabinet.db]'
            cand --passphrase-file 'Read the passphrase from the first line of this file'
            cand --user 'Who is unlocking the store [default: its only user, else the one named as the OS user]'
            cand --format 'Output format of lists and `show` (`ics`: `deadlines` only)'
            cand --lang 'Interface language [default: KABINET_LANG, else ru when LANG/LC_ALL starts with ru, else en]'
            cand --holidays 'A file of extra or overriding days off and working days (format: see `kabinet calendar --help`)'
            cand -y 'Answer yes to confirmation prompts (required to delete when not on a terminal)'
            cand --yes 'Answer yes to confirmation prompts (required to delete when not on a terminal)'
            cand -q 'Print only what was asked for: no confirmations, no warnings'
            cand --quiet 'Print only what was asked for: no confirmations, no warnings'
            cand --no-color 'No colours (also when NO_COLOR is set)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'kabinet;obligation;list'= {
            cand --store 'Path of the store [default: $XDG_DATA_HOME/kabinet/kabinet.db]'
            cand --passphrase-file 'Read the passphrase from the first line of this file'
            cand --user 'Who is unlocking the store [default: its only user, else the one named as the OS user]'
            cand --format 'Output format of lists and `show` (`ics`: `deadlines` only)'
            cand --lang 'Interface language [default: KABINET_LANG, else ru when LANG/LC_ALL starts with ru, else en]'
            cand --holidays 'A file of extra or overriding days off and working days (format: see `kabinet calendar --help`)'
            cand --all 'Include one-off obligations already done'
            cand -y 'Answer yes to confirmation prompts (required to delete when not on a terminal)'
            cand --yes 'Answer yes to confirmation prompts (required to delete when not on a terminal)'
            cand -q 'Print only what was asked for: no confirmations, no warnings'
            cand --quiet 'Print only what was asked for: no confirmations, no warnings'
            cand --no-color 'No colours (also when NO_COLOR is set)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'kabinet;obligation;done'= {
            cand --store 'Path of the store [default: $XDG_DATA_HOME/kabinet/kabinet.db]'
            cand --passphrase-file 'Read the passphrase from the first line of this file'
            cand --user 'Who is unlocking the store [default: its only user, else the one named as the OS user]'
            cand --format 'Output format of lists and `show` (`ics`: `deadlines` only)'
            cand --lang 'Interface language [default: KABINET_LANG, else ru when LANG/LC_ALL starts with ru, else en]'
            cand --holidays 'A file of extra or overriding days off and working days (format: see `kabinet calendar --help`)'
            cand -y 'Answer yes to confirmation prompts (required to delete when not on a terminal)'
            cand --yes 'Answer yes to confirmation prompts (required to delete when not on a terminal)'
            cand -q 'Print only what was asked for: no confirmations, no warnings'
            cand --quiet 'Print only what was asked for: no confirmations, no warnings'
            cand --no-color 'No colours (also when NO_COLOR is set)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'kabinet;obligation;delete'= {
            cand --store 'Path of the store [default: $XDG_DATA_HOME/kabinet/kabinet.db]'
            cand --passphrase-file 'Read the passphrase from the first line of this file'
            cand --user 'Who is unlocking the store [default: its only user, else the one named as the OS user]'
            cand --format 'Output format of lists and `show` (`ics`: `deadlines` only)'
            cand --lang 'Interface language [default: KABINET_LANG, else ru when LANG/LC_ALL starts with ru, else en]'
            cand --holidays 'A file of extra or overriding days off and working days (format: see `kabinet calendar --help`)'
            cand -y 'Answer yes to confirmation prompts (required to delete when not on a terminal)'
            cand --yes 'Answer yes to confirmation prompts (required to delete when not on a terminal)'
            cand -q 'Print only what was asked for: no confirmations, no warnings'
            cand --quiet 'Print only what was asked for: no confirmations, no warnings'
            cand --no-color 'No colours (also when NO_COLOR is set)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'kabinet;obligation;help'= {
            cand add 'Add an obligation and print its ID'
            cand list 'List obligations with their effective due dates'
            cand done 'Mark done: a recurring one moves to its next date, a one-off is closed'
            cand delete 'Delete an obligation'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'kabinet;obligation;help;add'= {
        }
        &'kabinet;obligation;help;list'= {
        }
        &'kabinet;obligation;help;done'= {
        }
        &'kabinet;obligation;help;delete'= {
        }
        &'kabinet;obligation;help;help'= {
        }
        &'kabinet;application'= {
            cand --store 'Path of the store [default: $XDG_DATA_HOME/kabinet/kabinet.db]'
            cand --passphrase-file 'Read the passphrase from the first line of this file'
            cand --user 'Who is unlocking the store [default: its only user, else the one named as the OS user]'
            cand --format 'Output format of lists and `show` (`ics`: `deadlines` only)'
            cand --lang 'Interface language [default: KABINET_LANG, else ru when LANG/LC_ALL starts with ru, else en]'
            cand --holidays 'A file of extra or overriding days off and working days (format: see `kabinet calendar --help`)'
            cand -y 'Answer yes to confirmation prompts (required to delete when not on a terminal)'
            cand --yes 'Answer yes to confirmation prompts (required to delete when not on a terminal)'
            cand -q 'Print only what was asked for: no confirmations, no warnings'
            cand --quiet 'Print only what was asked for: no confirmations, no warnings'
            cand --no-color 'No colours (also when NO_COLOR is set)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand add 'File an application and print its ID (Z-1, Z-2…)'
            cand list 'List applications, latest submission first'
            cand show 'Show one application with its changes of status and the documents it relies on'
            cand edit 'Change an application''s details while no decision is made'
            cand status 'Move an application to a new status (only the allowed transitions; dated and kept)'
            cand cancel 'Cancel an open application'
            cand delete 'Delete an application and its history'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'kabinet;zayav'= {
            cand --store 'Path of the store [default: $XDG_DATA_HOME/kabinet/kabinet.db]'
            cand --passphrase-file 'Read the passphrase from the first line of this file'
            cand --user 'Who is unlocking the store [default: its only user, else the one named as the OS user]'
            cand --format 'Output format of lists and `show` (`ics`: `deadlines` only)'
            cand --lang 'Interface language [default: KABINET_LANG, else ru when LANG/LC_ALL starts with ru, else en]'
            cand --holidays 'A file of extra or overriding days off and working days (format: see `kabinet calendar --help`)'
            cand -y 'Answer yes to confirmation prompts (required to delete when not on a terminal)'
            cand --yes 'Answer yes to confirmation prompts (required to delete when not on a terminal)'
            cand -q 'Print only what was asked for: no confirmations, no warnings'
            cand --quiet 'Print only what was asked for: no confirmations, no warnings'
            cand --no-color 'No colours (also when NO_COLOR is set)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand add 'File an application and print its ID (Z-1, Z-2…)'
            cand list 'List applications, latest submission first'
            cand show 'Show one application with its changes of status and the documents it relies on'
            cand edit 'Change an application''s details while no decision is made'
            cand status 'Move an application to a new status (only the allowed transitions; dated and kept)'
            cand cancel 'Cancel an open application'
            cand delete 'Delete an application and its history'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'kabinet;application;add'= {
            cand --applicant 'Who the application is for: full name (ФИО) [required]'
            cand --snils 'СНИЛС of the applicant'
            cand --agency 'The agency it is filed with: МФЦ, ФНС, ПФР, ГИБДД… [required]'
            cand --service 'The service applied for [required]'
            cand --number 'The agency''s number for it'
            cand --submitted 'Day it was submitted, never in the future [required]'
            cand --due 'The agency''s term: a date, or +N (+Nwd, +Nрд) working days after --submitted'
            cand --fee 'The fee, with a dot: 3500.00'
            cand --fee-status 'Whether the fee is paid: paid, pending, refused (or выполнен, в ожидании, отклонён)'
            cand --needs 'IDs of the documents it relies on: D-1,D-2'
            cand --notes 'Notes'
            cand --store 'Path of the store [default: $XDG_DATA_HOME/kabinet/kabinet.db]'
            cand --passphrase-file 'Read the passphrase from the first line of this file'
            cand --user 'Who is unlocking the store [default: its only user, else the one named as the OS user]'
            cand --format 'Output format of lists and `show` (`ics`: `deadlines` only)'
            cand --lang 'Interface language [default: KABINET_LANG, else ru when LANG/LC_ALL starts with ru, else en]'
            cand --holidays 'A file of extra or overriding days off and working days (format: see `kabinet calendar --help`)'
            cand --force 'File it even if the same agency and number (or applicant, agency, service and day) exist'
            cand -y 'Answer yes to confirmation prompts (required to delete when not on a terminal)'
            cand --yes 'Answer yes to confirmation prompts (required to delete when not on a terminal)'
            cand -q 'Print only what was asked for: no confirmations, no warnings'
            cand --quiet 'Print only what was asked for: no confirmations, no warnings'
            cand --no-color 'No colours (also when NO_COLOR is set)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'kabinet;zayav;add'= {
            cand --applicant 'Who the application is for: full name (ФИО) [required]'
            cand --snils 'СНИЛС of the applicant'
            cand --agency 'The agency it is filed with: МФЦ, ФНС, ПФР, ГИБДД… [required]'
            cand --service 'The service applied for [required]'
            cand --number 'The agency''s number for it'
            cand --submitted 'Day it was submitted, never in the future [required]'
            cand --due 'The agency''s term: a date, or +N (+Nwd, +Nрд) working days after --submitted'
            cand --fee 'The fee, with a dot: 3500.00'
            cand --fee-status 'Whether the fee is paid: paid, pending, refused (or выполнен, в ожидании, отклонён)'
            cand --needs 'IDs of the documents it relies on: D-1,D-2'
            cand --notes 'Notes'
            cand --store 'Path of the store [default: $XDG_DATA_HOME/kabinet/kabinet.db]'
            cand --passphrase-file 'Read the passphrase from the first line of this file'
            cand --user 'Who is unlocking the store [default: its only user, else the one named as the OS user]'
            cand --format 'Output format of lists and `show` (`ics`: `deadlines` only)'
            cand --lang 'Interface language [default: KABINET_LANG, else ru when LANG/LC_ALL starts with ru, else en]'
            cand --holidays 'A file of extra or overriding days off and working days (format: see `kabinet calendar --help`)'
            cand --force 'File it even if the same agency and number (or applicant, agency, service and day) exist'
            cand -y 'Answer yes to confirmation prompts (required to delete when not on a terminal)'
            cand --yes 'Answer yes to confirmation prompts (required to delete when not on a terminal)'
            cand -q 'Print only what was asked for: no confirmations, no warnings'
            cand --quiet 'Print only what was asked for: no confirmations, no warnings'
            cand --no-color 'No colours (also when NO_COLOR is set)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'kabinet;application;list'= {
            cand --from 'Submitted on or after this day'
            cand --to 'Submitted on or before this day'
            cand --status 'Only this status: accepted, processing, approved, rejected, cancelled, expired'
            cand --text 'Text anywhere in the application (case-insensitive)'
            cand --agency 'Part of the agency''s name'
            cand --applicant 'Part of the applicant''s name'
            cand --store 'Path of the store [default: $XDG_DATA_HOME/kabinet/kabinet.db]'
            cand --passphrase-file 'Read the passphrase from the first line of this file'
            cand --user 'Who is unlocking the store [default: its only user, else the one named as the OS user]'
            cand --format 'Output format of lists and `show` (`ics`: `deadlines` only)'
            cand --lang 'Interface language [default: KABINET_LANG, else ru when LANG/LC_ALL starts with ru, else en]'
            cand --holidays 'A file of extra or overriding days off and working days (format: see `kabinet calendar --help`)'
            cand --overdue 'Only open ones past their term'
            cand -y 'Answer yes to confirmation prompts (required to delete when not on a terminal)'
            cand --yes 'Answer yes to confirmation prompts (required to delete when not on a terminal)'
            cand -q 'Print only what was asked for: no confirmations, no warnings'
            cand --quiet 'Print only what was asked for: no confirmations, no warnings'
            cand --no-color 'No colours (also when NO_COLOR is set)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'kabinet;zayav;list'= {
            cand --from 'Submitted on or after this day'
            cand --to 'Submitted on or before this day'
            cand --status 'Only this status: accepted, processing, approved, rejected, cancelled, expired'
            cand --text 'Text anywhere in the application (case-insensitive)'
            cand --agency 'Part of the agency''s name'
            cand --applicant 'Part of the applicant''s name'
            cand --store 'Path of the store [default: $XDG_DATA_HOME/kabinet/kabinet.db]'
            cand --passphrase-file 'Read the passphrase from the first line of this file'
            cand --user 'Who is unlocking the store [default: its only user, else the one named as the OS user]'
            cand --format 'Output format of lists and `show` (`ics`: `deadlines` only)'
            cand --lang 'Interface language [default: KABINET_LANG, else ru when LANG/LC_ALL starts with ru, else en]'
            cand --holidays 'A file of extra or overriding days off and working days (format: see `kabinet calendar --help`)'
            cand --overdue 'Only open ones past their term'
            cand -y 'Answer yes to confirmation prompts (required to delete when not on a terminal)'
            cand --yes 'Answer yes to confirmation prompts (required to delete when not on a terminal)'
            cand -q 'Print only what was asked for: no confirmations, no warnings'
            cand --quiet 'Print only what was asked for: no confirmations, no warnings'
            cand --no-color 'No colours (also when NO_COLOR is set)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'kabinet;application;show'= {
            cand --store 'Path of the store [default: $XDG_DATA_HOME/kabinet/kabinet.db]'
            cand --passphrase-file 'Read the passphrase from the first line of this file'
            cand --user 'Who is unlocking the store [default: its only user, else the one named as the OS user]'
            cand --format 'Output format of lists and `show` (`ics`: `deadlines` only)'
            cand --lang 'Interface language [default: KABINET_LANG, else ru when LANG/LC_ALL starts with ru, else en]'
            cand --holidays 'A file of extra or overriding days off and working days (format: see `kabinet calendar --help`)'
            cand -y 'Answer yes to confirmation prompts (required to delete when not on a terminal)'
            cand --yes 'Answer yes to confirmation prompts (required to delete when not on a terminal)'
            cand -q 'Print only what was asked for: no confirmations, no warnings'
            cand --quiet 'Print only what was asked for: no confirmations, no warnings'
            cand --no-color 'No colours (also when NO_COLOR is set)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'kabinet;zayav;show'= {
            cand --store 'Path of the store [default: $XDG_DATA_HOME/kabinet/kabinet.db]'
            cand --passphrase-file 'Read the passphrase from the first line of this file'
            cand --user 'Who is unlocking the store [default: its only user, else the one named as the OS user]'
            cand --format 'Output format of lists and `show` (`ics`: `deadlines` only)'
            cand --lang 'Interface language [default: KABINET_LANG, else ru when LANG/LC_ALL starts with ru, else en]'
            cand --holidays 'A file of extra or overriding days off and working days (format: see `kabinet calendar --help`)'
            cand -y 'Answer yes to confirmation prompts (required to delete when not on a terminal)'
            cand --yes 'Answer yes to confirmation prompts (required to delete when not on a terminal)'
            cand -q 'Print only what was asked for: no confirmations, no warnings'
            cand --quiet 'Print only what was asked for: no confirmations, no warnings'
            cand --no-color 'No colours (also when NO_COLOR is set)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'kabinet;application;edit'= {
            cand --applicant 'Who the application is for: full name (ФИО) [required]'
            cand --snils 'СНИЛС of the applicant'
            cand --agency 'The agency it is filed with: МФЦ, ФНС, ПФР, ГИБДД… [required]'
            cand --service 'The service applied for [required]'
            cand --number 'The agency''s number for it'
            cand --submitted 'Day it was submitted, never in the future [required]'
            cand --due 'The agency''s term: a date, or +N (+Nwd, +Nрд) working days after --submitted'
            cand --fee 'The fee, with a dot: 3500.00'
            cand --fee-status 'Whether the fee is paid: paid, pending, refused (or выполнен, в ожидании, отклонён)'
            cand --needs 'IDs of the documents it relies on: D-1,D-2'
            cand --notes 'Notes'
            cand --store 'Path of the store [default: $XDG_DATA_HOME/kabinet/kabinet.db]'
            cand --passphrase-file 'Read the passphrase from the first line of this file'
            cand --user 'Who is unlocking the store [default: its only user, else the one named as the OS user]'
            cand --format 'Output format of lists and `show` (`ics`: `deadlines` only)'
            cand --lang 'Interface language [default: KABINET_LANG, else ru when LANG/LC_ALL starts with ru, else en]'
            cand --holidays 'A file of extra or overriding days off and working days (format: see `kabinet calendar --help`)'
            cand --force 'Save even if the change duplicates another application'
            cand -y 'Answer yes to confirmation prompts (required to delete when not on a terminal)'
            cand --yes 'Answer yes to confirmation prompts (required to delete when not on a terminal)'
            cand -q 'Print only what was asked for: no confirmations, no warnings'
            cand --quiet 'Print only what was asked for: no confirmations, no warnings'
            cand --no-color 'No colours (also when NO_COLOR is set)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'kabinet;zayav;edit'= {
            cand --applicant 'Who the application is for: full name (ФИО) [required]'
            cand --snils 'СНИЛС of the applicant'
            cand --agency 'The agency it is filed with: МФЦ, ФНС, ПФР, ГИБДД… [required]'
            cand --service 'The service applied for [required]'
            cand --number 'The agency''s number for it'
            cand --submitted 'Day it was submitted, never in the future [required]'
            cand --due 'The agency''s term: a date, or +N (+Nwd, +Nрд) working days after --submitted'
            cand --fee 'The fee, with a dot: 3500.00'
            cand --fee-status 'Whether the fee is paid: paid, pending, refused (or выполнен, в ожидании, отклонён)'
            cand --needs 'IDs of the documents it relies on: D-1,D-2'
            cand --notes 'Notes'
            cand --store 'Path of the store [default: $XDG_DATA_HOME/kabinet/kabinet.db]'
            cand --passphrase-file 'Read the passphrase from the first line of this file'
            cand --user 'Who is unlocking the store [default: its only user, else the one named as the OS user]'
            cand --format 'Output format of lists and `show` (`ics`: `deadlines` only)'
            cand --lang 'Interface language [default: KABINET_LANG, else ru when LANG/LC_ALL starts with ru, else en]'
            cand --holidays 'A file of extra or overriding days off and working days (format: see `kabinet calendar --help`)'
            cand --force 'Save even if the change duplicates another application'
            cand -y 'Answer yes to confirmation prompts (required to delete when not on a terminal)'
            cand --yes 'Answer yes to confirmation prompts (required to delete when not on a terminal)'
            cand -q 'Print only what was asked for: no confirmations, no warnings'
            cand --quiet 'Print only what was asked for: no confirmations, no warnings'
            cand --no-color 'No colours (also when NO_COLOR is set)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'kabinet;application;status'= {
            cand --reason 'Why (a refusal, a cancel)'
            cand --issues-doc 'On approval, the resulting document: a kind to add one (паспорт, загранпаспорт, license…) or the ID of one in the registry (D-12)'
            cand --series 'The new document''s series'
            cand --number 'The new document''s number'
            cand --issued 'The new document''s day of issue [default: today]'
            cand --issued-by 'The new document''s issuing body [default: the agency]'
            cand --department-code 'The new document''s department code, NNN-NNN'
            cand --expires 'The new document''s last day of validity; none means indefinite'
            cand --store 'Path of the store [default: $XDG_DATA_HOME/kabinet/kabinet.db]'
            cand --passphrase-file 'Read the passphrase from the first line of this file'
            cand --user 'Who is unlocking the store [default: its only user, else the one named as the OS user]'
            cand --format 'Output format of lists and `show` (`ics`: `deadlines` only)'
            cand --lang 'Interface language [default: KABINET_LANG, else ru when LANG/LC_ALL starts with ru, else en]'
            cand --holidays 'A file of extra or overriding days off and working days (format: see `kabinet calendar --help`)'
            cand -y 'Answer yes to confirmation prompts (required to delete when not on a terminal)'
            cand --yes 'Answer yes to confirmation prompts (required to delete when not on a terminal)'
            cand -q 'Print only what was asked for: no confirmations, no warnings'
            cand --quiet 'Print only what was asked for: no confirmations, no warnings'
            cand --no-color 'No colours (also when NO_COLOR is set)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'kabinet;zayav;status'= {
            cand --reason 'Why (a refusal, a cancel)'
            cand --issues-doc 'On approval, the resulting document: a kind to add one (паспорт, загранпаспорт, license…) or the ID of one in the registry (D-12)'
            cand --series 'The new document''s series'
            cand --number 'The new document''s number'
            cand --issued 'The new document''s day of issue [default: today]'
            cand --issued-by 'The new document''s issuing body [default: the agency]'
            cand --department-code 'The new document''s department code, NNN-NNN'
            cand --expires 'The new document''s last day of validity; none means indefinite'
            cand --store 'Path of the store [default: $XDG_DATA_HOME/kabinet/kabinet.db]'
            cand --passphrase-file 'Read the passphrase from the first line of this file'
            cand --user 'Who is unlocking the store [default: its only user, else the one named as the OS user]'
            cand --format 'Output format of lists and `show` (`ics`: `deadlines` only)'
            cand --lang 'Interface language [default: KABINET_LANG, else ru when LANG/LC_ALL starts with ru, else en]'
            cand --holidays 'A file of extra or overriding days off and working days (format: see `kabinet calendar --help`)'
            cand -y 'Answer yes to confirmation prompts (required to delete when not on a terminal)'
            cand --yes 'Answer yes to confirmation prompts (required to delete when not on a terminal)'
            cand -q 'Print only what was asked for: no confirmations, no warnings'
            cand --quiet 'Print only what was asked for: no confirmations, no warnings'
            cand --no-color 'No colours (also when NO_COLOR is set)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'kabinet;application;cancel'= {
            cand --reason 'Why'
            cand --store 'Path of the store [default: $XDG_DATA_HOME/kabinet/kabinet.db]'
            cand --passphrase-file 'Read the passphrase from the first line of this file'
            cand --user 'Who is unlocking the store [default: its only user, else the one named as the OS user]'
            cand --format 'Output format of lists and `show` (`ics`: `deadlines` only)'
            cand --lang 'Interface language [default: KABINET_LANG, else ru when LANG/LC_ALL starts with ru, else en]'
            cand --holidays 'A file of extra or overriding days off and working days (format: see `kabinet calendar --help`)'
            cand -y 'Answer yes to confirmation prompts (required to delete when not on a terminal)'
            cand --yes 'Answer yes to confirmation prompts (required to delete when not on a terminal)'
            cand -q 'Print only what was asked for: no confirmations, no warnings'
            cand --quiet 'Print only what was asked for: no confirmations, no warnings'
            cand --no-color 'No colours (also when NO_COLOR is set)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'kabinet;zayav;cancel'= {
            cand --reason 'Why'
            cand --store 'Path of the store [default: $XDG_DATA_HOME/kabinet/kabinet.db]'
            cand --passphrase-file 'Read the passphrase from the first line of this file'
            cand --user 'Who is unlocking the store [default: its only user, else the one named as the OS user]'
            cand --format 'Output format of lists and `show` (`ics`: `deadlines` only)'
            cand --lang 'Interface language [default: KABINET_LANG, else ru when LANG/LC_ALL starts with ru, else en]'
            cand --holidays 'A file of extra or overriding days off and working days (format: see `kabinet calendar --help`)'
            cand -y 'Answer yes to confirmation prompts (required to delete when not on a terminal)'
            cand --yes 'Answer yes to confirmation prompts (required to delete when not on a terminal)'
            cand -q 'Print only what was asked for: no confirmations, no warnings'
            cand --quiet 'Print only what was asked for: no confirmations, no warnings'
            cand --no-color 'No colours (also when NO_COLOR is set)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'kabinet;application;delete'= {
            cand --store 'Path of the store [default: $XDG_DATA_HOME/kabinet/kabinet.db]'
            cand --passphrase-file 'Read the passphrase from the first line of this file'
            cand --user 'Who is unlocking the store [default: its only user, else the one named as the OS user]'
            cand --format 'Output format of lists and `show` (`ics`: `deadlines` only)'
            cand --lang 'Interface language [default: KABINET_LANG, else ru when LANG/LC_ALL starts with ru, else en]'
            cand --holidays 'A file of extra or overriding days off and working days (format: see `kabinet calendar --help`)'
            cand -y 'Answer yes to confirmation prompts (required to delete when not on a terminal)'
            cand --yes 'Answer yes to confirmation prompts (required to delete when not on a terminal)'
            cand -q 'Print only what was asked for: no confirmations, no warnings'
            cand --quiet 'Print only what was asked for: no confirmations, no warnings'
            cand --no-color 'No colours (also when NO_COLOR is set)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'kabinet;zayav;delete'= {
            cand --store 'Path of the store [default: $XDG_DATA_HOME/kabinet/kabinet.db]'
            cand --passphrase-file 'Read the passphrase from the first line of this file'
            cand --user 'Who is unlocking the store [default: its only user, else the one named as the OS user]'
            cand --format 'Output format of lists and `show` (`ics`: `deadlines` only)'
            cand --lang 'Interface language [default: KABINET_LANG, else ru when LANG/LC_ALL starts with ru, else en]'
            cand --holidays 'A file of extra or overriding days off and working days (format: see `kabinet calendar --help`)'
            cand -y 'Answer yes to confirmation prompts (required to delete when not on a terminal)'
            cand --yes 'Answer yes to confirmation prompts (required to delete when not on a terminal)'
            cand -q 'Print only what was asked for: no confirmations, no warnings'
            cand --quiet 'Print only what was asked for: no confirmations, no warnings'
            cand --no-color 'No colours (also when NO_COLOR is set)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'kabinet;application;help'= {
            cand add 'File an application and print its ID (Z-1, Z-2…)'
            cand list 'List applications, latest submission first'
            cand show 'Show one application with its changes of status and the documents it relies on'
            cand edit 'Change an application''s details while no decision is made'
            cand status 'Move an application to a new status (only the allowed transitions; dated and kept)'
            cand cancel 'Cancel an open application'
            cand delete 'Delete an application and its history'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'kabinet;application;help;add'= {
        }
        &'kabinet;application;help;list'= {
        }
        &'kabinet;application;help;show'= {
        }
        &'kabinet;application;help;edit'= {
        }
        &'kabinet;application;help;status'= {
        }
        &'kabinet;application;help;cancel'= {
        }
        &'kabinet;application;help;delete'= {
        }
        &'kabinet;application;help;help'= {
        }
        &'kabinet;zayav;help'= {
            cand add 'File an application and print its ID (Z-1, Z-2…)'
            cand list 'List applications, latest submission first'
            cand show 'Show one application with its changes of status and the documents it relies on'
            cand edit 'Change an application''s details while no decision is made'
            cand status 'Move an application to a new status (only the allowed transitions; dated and kept)'
            cand cancel 'Cancel an open application'
            cand delete 'Delete an application and its history'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'kabinet;zayav;help;add'= {
        }
        &'kabinet;zayav;help;list'= {
        }
        &'kabinet;zayav;help;show'= {
        }
        &'kabinet;zayav;help;edit'= {
        }
        &'kabinet;zayav;help;status'= {
        }
        &'kabinet;zayav;help;cancel'= {
        }
        &'kabinet;zayav;help;delete'= {
        }
        &'kabinet;zayav;help;help'= {
        }
        &'kabinet;deadlines'= {
            cand --within 'How far ahead: 14d, 2w, or 3wd for working days'
            cand --kind 'Only this kind: doc, appt, record, obligation, application'
            cand --subject 'Only items about this person (subject, holder, person; case-insensitive)'
            cand --holder 'Only items about this person (subject, holder, person; case-insensitive)'
            cand --store 'Path of the store [default: $XDG_DATA_HOME/kabinet/kabinet.db]'
            cand --passphrase-file 'Read the passphrase from the first line of this file'
            cand --user 'Who is unlocking the store [default: its only user, else the one named as the OS user]'
            cand --format 'Output format of lists and `show` (`ics`: `deadlines` only)'
            cand --lang 'Interface language [default: KABINET_LANG, else ru when LANG/LC_ALL starts with ru, else en]'
            cand --holidays 'A file of extra or overriding days off and working days (format: see `kabinet calendar --help`)'
            cand --overdue 'Only what is overdue'
            cand --check 'Monitoring-plugin mode: a status line, details, exit 0/1/2/3'
            cand --reminders 'Also each item''s latest reminder sent by `kabinet notify` (occasion, status, when)'
            cand -y 'Answer yes to confirmation prompts (required to delete when not on a terminal)'
            cand --yes 'Answer yes to confirmation prompts (required to delete when not on a terminal)'
            cand -q 'Print only what was asked for: no confirmations, no warnings'
            cand --quiet 'Print only what was asked for: no confirmations, no warnings'
            cand --no-color 'No colours (also when NO_COLOR is set)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'kabinet;calendar'= {
            cand --store 'Path of the store [default: $XDG_DATA_HOME/kabinet/kabinet.db]'
            cand --passphrase-file 'Read the passphrase from the first line of this file'
            cand --user 'Who is unlocking the store [default: its only user, else the one named as the OS user]'
            cand --format 'Output format of lists and `show` (`ics`: `deadlines` only)'
            cand --lang 'Interface language [default: KABINET_LANG, else ru when LANG/LC_ALL starts with ru, else en]'
            cand --holidays 'A file of extra or overriding days off and working days (format: see `kabinet calendar --help`)'
            cand -y 'Answer yes to confirmation prompts (required to delete when not on a terminal)'
            cand --yes 'Answer yes to confirmation prompts (required to delete when not on a terminal)'
            cand -q 'Print only what was asked for: no confirmations, no warnings'
            cand --quiet 'Print only what was asked for: no confirmations, no warnings'
            cand --no-color 'No colours (also when NO_COLOR is set)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'kabinet;import'= {
            cand --kind 'What the file holds'
            cand --encoding 'Character encoding [default: UTF-8, or Windows-1251 when the file is not valid UTF-8]'
            cand --delimiter 'Field delimiter: `,` `;` or `tab` [default: guessed from the header line]'
            cand --map 'Read column COLUMN as field FIELD, e.g. --map "Дата визита=event_date" (repeatable)'
            cand --sheet 'A workbook''s sheet to read [default: the one named for the kind, else the first with data]'
            cand --reject-file 'With --skip-invalid: write the bad rows here, as read, with a `reason` column'
            cand --store 'Path of the store [default: $XDG_DATA_HOME/kabinet/kabinet.db]'
            cand --passphrase-file 'Read the passphrase from the first line of this file'
            cand --user 'Who is unlocking the store [default: its only user, else the one named as the OS user]'
            cand --format 'Output format of lists and `show` (`ics`: `deadlines` only)'
            cand --lang 'Interface language [default: KABINET_LANG, else ru when LANG/LC_ALL starts with ru, else en]'
            cand --holidays 'A file of extra or overriding days off and working days (format: see `kabinet calendar --help`)'
            cand --ignore-unknown 'Skip columns that match no field instead of refusing the file'
            cand --decimal-comma 'Amounts are written with a decimal comma, as Russian Excel does (`1 074,50`); always so in a `;` file'
            cand --skip-invalid 'Import the good rows and leave out the bad ones (exit 0)'
            cand --dry-run 'Check everything, write nothing, and report what would be imported'
            cand -y 'Answer yes to confirmation prompts (required to delete when not on a terminal)'
            cand --yes 'Answer yes to confirmation prompts (required to delete when not on a terminal)'
            cand -q 'Print only what was asked for: no confirmations, no warnings'
            cand --quiet 'Print only what was asked for: no confirmations, no warnings'
            cand --no-color 'No colours (also when NO_COLOR is set)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'kabinet;export'= {
            cand --kind 'What to export (`deadlines`: what `kabinet deadlines` shows)'
            cand --receipt 'PDF: a one-page receipt for this record, appointment or application (R-…, A-…, Z-…)'
            cand --within 'Deadlines: how far ahead, as for `kabinet deadlines` [default: 14d]'
            cand -o 'Write to this file instead of standard output (created with owner-only permissions)'
            cand --output 'Write to this file instead of standard output (created with owner-only permissions)'
            cand --from 'On or after this day (records: the event''s day; appointments: the start''s; applications: the submission''s)'
            cand --to 'On or before this day (records: the event''s day; appointments: the start''s; applications: the submission''s)'
            cand --status 'Only this status (records: ok, late, amended; documents: valid, expiring, expired, indefinite, archived; appointments: scheduled, done, no_show, cancelled; applications: accepted, processing, approved, rejected, cancelled, expired)'
            cand --text 'Text anywhere in the item (case-insensitive)'
            cand --type 'Records: only this type (case-insensitive)'
            cand --subject 'Records: subject ID or part of the subject''s name'
            cand --doc-kind 'Documents: only this kind of document'
            cand --holder 'Documents: part of the holder''s name'
            cand --person 'Appointments: part of the person''s name'
            cand --institution 'Appointments: part of the institution''s name'
            cand --agency 'Applications: part of the agency''s name'
            cand --applicant 'Applications: part of the applicant''s name'
            cand --store 'Path of the store [default: $XDG_DATA_HOME/kabinet/kabinet.db]'
            cand --passphrase-file 'Read the passphrase from the first line of this file'
            cand --user 'Who is unlocking the store [default: its only user, else the one named as the OS user]'
            cand --format 'Output format of lists and `show` (`ics`: `deadlines` only)'
            cand --lang 'Interface language [default: KABINET_LANG, else ru when LANG/LC_ALL starts with ru, else en]'
            cand --holidays 'A file of extra or overriding days off and working days (format: see `kabinet calendar --help`)'
            cand --sign 'Also write FILE.sig, a minisign signature by the store''s key (needs -o)'
            cand --excel 'For Excel with Russian settings: a byte-order mark, `;` between fields, decimal commas, and no cell that a spreadsheet would run as a formula'
            cand --upcoming 'Appointments: only scheduled ones from now on'
            cand --overdue 'Applications: only open ones past their term'
            cand --all 'Records: include those superseded by an amendment; documents: include archived ones'
            cand -y 'Answer yes to confirmation prompts (required to delete when not on a terminal)'
            cand --yes 'Answer yes to confirmation prompts (required to delete when not on a terminal)'
            cand -q 'Print only what was asked for: no confirmations, no warnings'
            cand --quiet 'Print only what was asked for: no confirmations, no warnings'
            cand --no-color 'No colours (also when NO_COLOR is set)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'kabinet;verify-file'= {
            cand --sig 'Its signature [default: FILE.sig]'
            cand --key 'A minisign public key file (from `kabinet key public`) or the `RW…` line itself; without it, the store''s own key is used'
            cand --store 'Path of the store [default: $XDG_DATA_HOME/kabinet/kabinet.db]'
            cand --passphrase-file 'Read the passphrase from the first line of this file'
            cand --user 'Who is unlocking the store [default: its only user, else the one named as the OS user]'
            cand --format 'Output format of lists and `show` (`ics`: `deadlines` only)'
            cand --lang 'Interface language [default: KABINET_LANG, else ru when LANG/LC_ALL starts with ru, else en]'
            cand --holidays 'A file of extra or overriding days off and working days (format: see `kabinet calendar --help`)'
            cand -y 'Answer yes to confirmation prompts (required to delete when not on a terminal)'
            cand --yes 'Answer yes to confirmation prompts (required to delete when not on a terminal)'
            cand -q 'Print only what was asked for: no confirmations, no warnings'
            cand --quiet 'Print only what was asked for: no confirmations, no warnings'
            cand --no-color 'No colours (also when NO_COLOR is set)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'kabinet;verify'= {
            cand --head 'Also check against this head of the audit trail (SEQ:HASH, as a receipt, a signed export or an earlier verify printed it)'
            cand --store 'Path of the store [default: $XDG_DATA_HOME/kabinet/kabinet.db]'
            cand --passphrase-file 'Read the passphrase from the first line of this file'
            cand --user 'Who is unlocking the store [default: its only user, else the one named as the OS user]'
            cand --format 'Output format of lists and `show` (`ics`: `deadlines` only)'
            cand --lang 'Interface language [default: KABINET_LANG, else ru when LANG/LC_ALL starts with ru, else en]'
            cand --holidays 'A file of extra or overriding days off and working days (format: see `kabinet calendar --help`)'
            cand -y 'Answer yes to confirmation prompts (required to delete when not on a terminal)'
            cand --yes 'Answer yes to confirmation prompts (required to delete when not on a terminal)'
            cand -q 'Print only what was asked for: no confirmations, no warnings'
            cand --quiet 'Print only what was asked for: no confirmations, no warnings'
            cand --no-color 'No colours (also when NO_COLOR is set)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'kabinet;log'= {
            cand --since 'Only changes on or after this day'
            cand --item 'Only changes to this item (R-42, D-7, A-3, O-1)'
            cand --by 'Only changes made by this user of the store (`--user` is who unlocks it)'
            cand --store 'Path of the store [default: $XDG_DATA_HOME/kabinet/kabinet.db]'
            cand --passphrase-file 'Read the passphrase from the first line of this file'
            cand --user 'Who is unlocking the store [default: its only user, else the one named as the OS user]'
            cand --format 'Output format of lists and `show` (`ics`: `deadlines` only)'
            cand --lang 'Interface language [default: KABINET_LANG, else ru when LANG/LC_ALL starts with ru, else en]'
            cand --holidays 'A file of extra or overriding days off and working days (format: see `kabinet calendar --help`)'
            cand -y 'Answer yes to confirmation prompts (required to delete when not on a terminal)'
            cand --yes 'Answer yes to confirmation prompts (required to delete when not on a terminal)'
            cand -q 'Print only what was asked for: no confirmations, no warnings'
            cand --quiet 'Print only what was asked for: no confirmations, no warnings'
            cand --no-color 'No colours (also when NO_COLOR is set)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'kabinet;history'= {
            cand --store 'Path of the store [default: $XDG_DATA_HOME/kabinet/kabinet.db]'
            cand --passphrase-file 'Read the passphrase from the first line of this file'
            cand --user 'Who is unlocking the store [default: its only user, else the one named as the OS user]'
            cand --format 'Output format of lists and `show` (`ics`: `deadlines` only)'
            cand --lang 'Interface language [default: KABINET_LANG, else ru when LANG/LC_ALL starts with ru, else en]'
            cand --holidays 'A file of extra or overriding days off and working days (format: see `kabinet calendar --help`)'
            cand -y 'Answer yes to confirmation prompts (required to delete when not on a terminal)'
            cand --yes 'Answer yes to confirmation prompts (required to delete when not on a terminal)'
            cand -q 'Print only what was asked for: no confirmations, no warnings'
            cand --quiet 'Print only what was asked for: no confirmations, no warnings'
            cand --no-color 'No colours (also when NO_COLOR is set)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'kabinet;revert'= {
            cand --to 'The version to restore, as numbered by `kabinet history`'
            cand --store 'Path of the store [default: $XDG_DATA_HOME/kabinet/kabinet.db]'
            cand --passphrase-file 'Read the passphrase from the first line of this file'
            cand --user 'Who is unlocking the store [default: its only user, else the one named as the OS user]'
            cand --format 'Output format of lists and `show` (`ics`: `deadlines` only)'
            cand --lang 'Interface language [default: KABINET_LANG, else ru when LANG/LC_ALL starts with ru, else en]'
            cand --holidays 'A file of extra or overriding days off and working days (format: see `kabinet calendar --help`)'
            cand -y 'Answer yes to confirmation prompts (required to delete when not on a terminal)'
            cand --yes 'Answer yes to confirmation prompts (required to delete when not on a terminal)'
            cand -q 'Print only what was asked for: no confirmations, no warnings'
            cand --quiet 'Print only what was asked for: no confirmations, no warnings'
            cand --no-color 'No colours (also when NO_COLOR is set)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'kabinet;attach'= {
            cand --store 'Path of the store [default: $XDG_DATA_HOME/kabinet/kabinet.db]'
            cand --passphrase-file 'Read the passphrase from the first line of this file'
            cand --user 'Who is unlocking the store [default: its only user, else the one named as the OS user]'
            cand --format 'Output format of lists and `show` (`ics`: `deadlines` only)'
            cand --lang 'Interface language [default: KABINET_LANG, else ru when LANG/LC_ALL starts with ru, else en]'
            cand --holidays 'A file of extra or overriding days off and working days (format: see `kabinet calendar --help`)'
            cand -y 'Answer yes to confirmation prompts (required to delete when not on a terminal)'
            cand --yes 'Answer yes to confirmation prompts (required to delete when not on a terminal)'
            cand -q 'Print only what was asked for: no confirmations, no warnings'
            cand --quiet 'Print only what was asked for: no confirmations, no warnings'
            cand --no-color 'No colours (also when NO_COLOR is set)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'kabinet;attachments'= {
            cand --store 'Path of the store [default: $XDG_DATA_HOME/kabinet/kabinet.db]'
            cand --passphrase-file 'Read the passphrase from the first line of this file'
            cand --user 'Who is unlocking the store [default: its only user, else the one named as the OS user]'
            cand --format 'Output format of lists and `show` (`ics`: `deadlines` only)'
            cand --lang 'Interface language [default: KABINET_LANG, else ru when LANG/LC_ALL starts with ru, else en]'
            cand --holidays 'A file of extra or overriding days off and working days (format: see `kabinet calendar --help`)'
            cand -y 'Answer yes to confirmation prompts (required to delete when not on a terminal)'
            cand --yes 'Answer yes to confirmation prompts (required to delete when not on a terminal)'
            cand -q 'Print only what was asked for: no confirmations, no warnings'
            cand --quiet 'Print only what was asked for: no confirmations, no warnings'
            cand --no-color 'No colours (also when NO_COLOR is set)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'kabinet;extract'= {
            cand -o 'Where to write it (created with owner-only permissions); standard output if omitted'
            cand --output 'Where to write it (created with owner-only permissions); standard output if omitted'
            cand --store 'Path of the store [default: $XDG_DATA_HOME/kabinet/kabinet.db]'
            cand --passphrase-file 'Read the passphrase from the first line of this file'
            cand --user 'Who is unlocking the store [default: its only user, else the one named as the OS user]'
            cand --format 'Output format of lists and `show` (`ics`: `deadlines` only)'
            cand --lang 'Interface language [default: KABINET_LANG, else ru when LANG/LC_ALL starts with ru, else en]'
            cand --holidays 'A file of extra or overriding days off and working days (format: see `kabinet calendar --help`)'
            cand -y 'Answer yes to confirmation prompts (required to delete when not on a terminal)'
            cand --yes 'Answer yes to confirmation prompts (required to delete when not on a terminal)'
            cand -q 'Print only what was asked for: no confirmations, no warnings'
            cand --quiet 'Print only what was asked for: no confirmations, no warnings'
            cand --no-color 'No colours (also when NO_COLOR is set)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'kabinet;detach'= {
            cand --store 'Path of the store [default: $XDG_DATA_HOME/kabinet/kabinet.db]'
            cand --passphrase-file 'Read the passphrase from the first line of this file'
            cand --user 'Who is unlocking the store [default: its only user, else the one named as the OS user]'
            cand --format 'Output format of lists and `show` (`ics`: `deadlines` only)'
            cand --lang 'Interface language [default: KABINET_LANG, else ru when LANG/LC_ALL starts with ru, else en]'
            cand --holidays 'A file of extra or overriding days off and working days (format: see `kabinet calendar --help`)'
            cand -y 'Answer yes to confirmation prompts (required to delete when not on a terminal)'
            cand --yes 'Answer yes to confirmation prompts (required to delete when not on a terminal)'
            cand -q 'Print only what was asked for: no confirmations, no warnings'
            cand --quiet 'Print only what was asked for: no confirmations, no warnings'
            cand --no-color 'No colours (also when NO_COLOR is set)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'kabinet;backup'= {
            cand --store 'Path of the store [default: $XDG_DATA_HOME/kabinet/kabinet.db]'
            cand --passphrase-file 'Read the passphrase from the first line of this file'
            cand --user 'Who is unlocking the store [default: its only user, else the one named as the OS user]'
            cand --format 'Output format of lists and `show` (`ics`: `deadlines` only)'
            cand --lang 'Interface language [default: KABINET_LANG, else ru when LANG/LC_ALL starts with ru, else en]'
            cand --holidays 'A file of extra or overriding days off and working days (format: see `kabinet calendar --help`)'
            cand -y 'Answer yes to confirmation prompts (required to delete when not on a terminal)'
            cand --yes 'Answer yes to confirmation prompts (required to delete when not on a terminal)'
            cand -q 'Print only what was asked for: no confirmations, no warnings'
            cand --quiet 'Print only what was asked for: no confirmations, no warnings'
            cand --no-color 'No colours (also when NO_COLOR is set)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'kabinet;restore'= {
            cand --store 'Path of the store [default: $XDG_DATA_HOME/kabinet/kabinet.db]'
            cand --passphrase-file 'Read the passphrase from the first line of this file'
            cand --user 'Who is unlocking the store [default: its only user, else the one named as the OS user]'
            cand --format 'Output format of lists and `show` (`ics`: `deadlines` only)'
            cand --lang 'Interface language [default: KABINET_LANG, else ru when LANG/LC_ALL starts with ru, else en]'
            cand --holidays 'A file of extra or overriding days off and working days (format: see `kabinet calendar --help`)'
            cand -y 'Answer yes to confirmation prompts (required to delete when not on a terminal)'
            cand --yes 'Answer yes to confirmation prompts (required to delete when not on a terminal)'
            cand -q 'Print only what was asked for: no confirmations, no warnings'
            cand --quiet 'Print only what was asked for: no confirmations, no warnings'
            cand --no-color 'No colours (also when NO_COLOR is set)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'kabinet;key'= {
            cand --store 'Path of the store [default: $XDG_DATA_HOME/kabinet/kabinet.db]'
            cand --passphrase-file 'Read the passphrase from the first line of this file'
            cand --user 'Who is unlocking the store [default: its only user, else the one named as the OS user]'
            cand --format 'Output format of lists and `show` (`ics`: `deadlines` only)'
            cand --lang 'Interface language [default: KABINET_LANG, else ru when LANG/LC_ALL starts with ru, else en]'
            cand --holidays 'A file of extra or overriding days off and working days (format: see `kabinet calendar --help`)'
            cand -y 'Answer yes to confirmation prompts (required to delete when not on a terminal)'
            cand --yes 'Answer yes to confirmation prompts (required to delete when not on a terminal)'
            cand -q 'Print only what was asked for: no confirmations, no warnings'
            cand --quiet 'Print only what was asked for: no confirmations, no warnings'
            cand --no-color 'No colours (also when NO_COLOR is set)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand public 'Print the store''s public key in minisign''s format (give it to whoever checks exports)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'kabinet;key;public'= {
            cand --store 'Path of the store [default: $XDG_DATA_HOME/kabinet/kabinet.db]'
            cand --passphrase-file 'Read the passphrase from the first line of this file'
            cand --user 'Who is unlocking the store [default: its only user, else the one named as the OS user]'
            cand --format 'Output format of lists and `show` (`ics`: `deadlines` only)'
            cand --lang 'Interface language [default: KABINET_LANG, else ru when LANG/LC_ALL starts with ru, else en]'
            cand --holidays 'A file of extra or overriding days off and working days (format: see `kabinet calendar --help`)'
            cand -y 'Answer yes to confirmation prompts (required to delete when not on a terminal)'
            cand --yes 'Answer yes to confirmation prompts (required to delete when not on a terminal)'
            cand -q 'Print only what was asked for: no confirmations, no warnings'
            cand --quiet 'Print only what was asked for: no confirmations, no warnings'
            cand --no-color 'No colours (also when NO_COLOR is set)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'kabinet;key;help'= {
            cand public 'Print the store''s public key in minisign''s format (give it to whoever checks exports)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'kabinet;key;help;public'= {
        }
        &'kabinet;key;help;help'= {
        }
        &'kabinet;validate'= {
            cand --file 'Check a CSV file before importing it: the same check as `import --dry-run`'
            cand --kind 'What the file holds (with --file)'
            cand --encoding 'Character encoding [default: UTF-8, or Windows-1251 when the file is not valid UTF-8]'
            cand --delimiter 'Field delimiter: `,` `;` or `tab` [default: guessed from the header line]'
            cand --map 'Read column COLUMN as field FIELD, e.g. --map "Дата визита=event_date" (repeatable)'
            cand --sheet 'A workbook''s sheet to read [default: the one named for the kind, else the first with data]'
            cand --store 'Path of the store [default: $XDG_DATA_HOME/kabinet/kabinet.db]'
            cand --passphrase-file 'Read the passphrase from the first line of this file'
            cand --user 'Who is unlocking the store [default: its only user, else the one named as the OS user]'
            cand --format 'Output format of lists and `show` (`ics`: `deadlines` only)'
            cand --lang 'Interface language [default: KABINET_LANG, else ru when LANG/LC_ALL starts with ru, else en]'
            cand --holidays 'A file of extra or overriding days off and working days (format: see `kabinet calendar --help`)'
            cand --ignore-unknown 'Skip columns that match no field instead of refusing the file'
            cand --decimal-comma 'Amounts are written with a decimal comma, as Russian Excel does (`1 074,50`); always so in a `;` file'
            cand -y 'Answer yes to confirmation prompts (required to delete when not on a terminal)'
            cand --yes 'Answer yes to confirmation prompts (required to delete when not on a terminal)'
            cand -q 'Print only what was asked for: no confirmations, no warnings'
            cand --quiet 'Print only what was asked for: no confirmations, no warnings'
            cand --no-color 'No colours (also when NO_COLOR is set)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'kabinet;demo'= {
            cand --store 'Path of the store [default: $XDG_DATA_HOME/kabinet/kabinet.db]'
            cand --passphrase-file 'Read the passphrase from the first line of this file'
            cand --user 'Who is unlocking the store [default: its only user, else the one named as the OS user]'
            cand --format 'Output format of lists and `show` (`ics`: `deadlines` only)'
            cand --lang 'Interface language [default: KABINET_LANG, else ru when LANG/LC_ALL starts with ru, else en]'
            cand --holidays 'A file of extra or overriding days off and working days (format: see `kabinet calendar --help`)'
            cand -y 'Answer yes to confirmation prompts (required to delete when not on a terminal)'
            cand --yes 'Answer yes to confirmation prompts (required to delete when not on a terminal)'
            cand -q 'Print only what was asked for: no confirmations, no warnings'
            cand --quiet 'Print only what was asked for: no confirmations, no warnings'
            cand --no-color 'No colours (also when NO_COLOR is set)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'kabinet;help'= {
            cand init 'Create a new encrypted store (refuses to overwrite one: exit 7)'
            cand time-zone 'Show or set the store''s time zone (IANA name): what "now" and appointment times mean'
            cand config 'The configuration: effective settings and where each came from'
            cand completions 'Print a shell completion script (bash, zsh, fish, powershell, elvish)'
            cand man 'Write the manual pages (kabinet.1 and one per subcommand) into a directory'
            cand passwd 'Change your own passphrase (the same as `user passwd`; crash-safe)'
            cand user 'The store''s users: add, roles, remove, list; your passphrase; the recovery key'
            cand rekey 'Encrypt the store again under a new random key, sealed to every user (crash-safe)'
            cand notify 'Send the reminders due now (e-mail or a command), each once; `notify log`: what went'
            cand unlock 'Unlock the store once for this login session: later commands ask for no passphrase'
            cand shell 'An interactive prompt: unlock once, then type commands as on the command line'
            cand lock 'Forget the store''s key held for this session at once'
            cand status 'Whether the store is unlocked for this session, for whom and until when'
            cand server 'The office server (PostgreSQL): make an office on one'
            cand push 'Move this local store into an office on a server: every item, its history and the log'
            cand record 'Diary records: dated events and their results'
            cand doc 'Document registry: passports, licences, certificates and their validity'
            cand appt 'Appointments at offices, clinics, МФЦ, ГИБДД, ФНС'
            cand obligation 'Recurring or one-off duties, e.g. a report due on the 5th of each month'
            cand application 'Applications filed with an agency, followed to a decision (alias: zayav)'
            cand deadlines 'Everything due or overdue: documents, appointments, follow-ups, obligations, applications'
            cand calendar 'The working-day calendar in force: days off, transfers, data source'
            cand import 'Import records, documents or appointments from a CSV file: all rows or none'
            cand export 'Export records, documents or appointments: CSV, JSON, iCalendar, PDF reports and receipts'
            cand verify-file 'Check a signed export against its FILE.sig (exit 0, or 4 naming what failed)'
            cand verify 'Check the store: encryption pages, database structure, the audit chain, the seal of every row and attachment, the signing key (exit 0, or 4 listing what is wrong and where)'
            cand log 'The audit trail: every change, when, who, with which command, before and after'
            cand history 'Each version of one item and what changed between them'
            cand revert 'Restore an earlier version (from `history`) of an item that is still editable'
            cand attach 'Attach a scan to an item: PDF, DOCX, JPG or PNG (checked by content), at most 5 MB'
            cand attachments 'List an item''s attachments, numbered from 1'
            cand extract 'Write an attachment''s exact bytes to a file (N as numbered by `attachments`)'
            cand detach 'Remove an attachment from an item (logged; N as numbered by `attachments`)'
            cand backup 'Copy the store consistently with SQLite''s online backup, encrypted with the same key'
            cand restore 'Replace the store with a backup, after verifying it; the current store is kept as .bak'
            cand key 'The store''s signing key'
            cand validate 'Check values (СНИЛС, ИНН, dates…), or with no KIND the whole store'
            cand demo 'A guided tour on a throw-away sample store; needs no set-up'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'kabinet;help;init'= {
        }
        &'kabinet;help;time-zone'= {
        }
        &'kabinet;help;config'= {
            cand show 'Print every effective setting, its value and where it came from'
        }
        &'kabinet;help;config;show'= {
        }
        &'kabinet;help;completions'= {
        }
        &'kabinet;help;man'= {
        }
        &'kabinet;help;passwd'= {
        }
        &'kabinet;help;user'= {
            cand list 'List the store''s users: names, roles, kinds, created, last change (no secrets)'
            cand passwd 'Change your own passphrase (the store is encrypted again under a new key; crash-safe)'
            cand recover 'Set a user''s new passphrase with the recovery key'
            cand add 'Add a user with a role (admin, editor, reader) and their own passphrase'
            cand role 'Change a user''s role (and, with --kinds or --all-kinds, what they may see)'
            cand remove 'Remove a user; the store is encrypted again under a new key at once, so their passphrase opens nothing from then on'
            cand recovery-key 'Make a new recovery key in place of the old one, shown once'
        }
        &'kabinet;help;user;list'= {
        }
        &'kabinet;help;user;passwd'= {
        }
        &'kabinet;help;user;recover'= {
        }
        &'kabinet;help;user;add'= {
        }
        &'kabinet;help;user;role'= {
        }
        &'kabinet;help;user;remove'= {
        }
        &'kabinet;help;user;recovery-key'= {
        }
        &'kabinet;help;rekey'= {
        }
        &'kabinet;help;notify'= {
            cand log 'The delivery log: each reminder, its channel, recipient, attempts and status'
        }
        &'kabinet;help;notify;log'= {
        }
        &'kabinet;help;unlock'= {
        }
        &'kabinet;help;shell'= {
        }
        &'kabinet;help;lock'= {
        }
        &'kabinet;help;status'= {
        }
        &'kabinet;help;server'= {
            cand init 'Make an office on a PostgreSQL server: schema, roles, first admin, recovery key'
        }
        &'kabinet;help;server;init'= {
        }
        &'kabinet;help;push'= {
        }
        &'kabinet;help;record'= {
            cand add 'Add a record and print its ID'
            cand list 'List records'
            cand show 'Show one record with its edit window and amendments'
            cand edit 'Change a record within 24 hours of its entry (later: use `amend`)'
            cand delete 'Delete a record within 24 hours of its entry'
            cand amend 'Correct a locked record: a new record supersedes it, and the original is kept'
        }
        &'kabinet;help;record;add'= {
        }
        &'kabinet;help;record;list'= {
        }
        &'kabinet;help;record;show'= {
        }
        &'kabinet;help;record;edit'= {
        }
        &'kabinet;help;record;delete'= {
        }
        &'kabinet;help;record;amend'= {
        }
        &'kabinet;help;doc'= {
            cand add 'Add a document and print its ID'
            cand list 'List documents with their status (valid, expiring, expired, indefinite, archived)'
            cand show 'Show one document with its status and days left'
            cand edit 'Change a document''s fields'
            cand renew 'Replace a document by a new one: the old one is archived and linked to the new'
            cand archive 'Archive a document that is no longer in use'
            cand delete 'Delete a document'
        }
        &'kabinet;help;doc;add'= {
        }
        &'kabinet;help;doc;list'= {
        }
        &'kabinet;help;doc;show'= {
        }
        &'kabinet;help;doc;edit'= {
        }
        &'kabinet;help;doc;renew'= {
        }
        &'kabinet;help;doc;archive'= {
        }
        &'kabinet;help;doc;delete'= {
        }
        &'kabinet;help;appt'= {
            cand add 'Book an appointment and print its ID'
            cand list 'List appointments'
            cand show 'Show one appointment with reminders, documents to bring and its history'
            cand edit 'Change an appointment''s details (use `reschedule` to move it)'
            cand reschedule 'Move an appointment; the old time stays in its history'
            cand cancel 'Cancel an appointment (until 24 hours before the start)'
            cand done 'Mark an appointment as attended'
            cand no-show 'Mark an appointment as missed'
            cand delete 'Delete an appointment and its history'
        }
        &'kabinet;help;appt;add'= {
        }
        &'kabinet;help;appt;list'= {
        }
        &'kabinet;help;appt;show'= {
        }
        &'kabinet;help;appt;edit'= {
        }
        &'kabinet;help;appt;reschedule'= {
        }
        &'kabinet;help;appt;cancel'= {
        }
        &'kabinet;help;appt;done'= {
        }
        &'kabinet;help;appt;no-show'= {
        }
        &'kabinet;help;appt;delete'= {
        }
        &'kabinet;help;obligation'= {
            cand add 'Add an obligation and print its ID'
            cand list 'List obligations with their effective due dates'
            cand done 'Mark done: a recurring one moves to its next date, a one-off is closed'
            cand delete 'Delete an obligation'
        }
        &'kabinet;help;obligation;add'= {
        }
        &'kabinet;help;obligation;list'= {
        }
        &'kabinet;help;obligation;done'= {
        }
        &'kabinet;help;obligation;delete'= {
        }
        &'kabinet;help;application'= {
            cand add 'File an application and print its ID (Z-1, Z-2…)'
            cand list 'List applications, latest submission first'
            cand show 'Show one application with its changes of status and the documents it relies on'
            cand edit 'Change an application''s details while no decision is made'
            cand status 'Move an application to a new status (only the allowed transitions; dated and kept)'
            cand cancel 'Cancel an open application'
            cand delete 'Delete an application and its history'
        }
        &'kabinet;help;application;add'= {
        }
        &'kabinet;help;application;list'= {
        }
        &'kabinet;help;application;show'= {
        }
        &'kabinet;help;application;edit'= {
        }
        &'kabinet;help;application;status'= {
        }
        &'kabinet;help;application;cancel'= {
        }
        &'kabinet;help;application;delete'= {
        }
        &'kabinet;help;deadlines'= {
        }
        &'kabinet;help;calendar'= {
        }
        &'kabinet;help;import'= {
        }
        &'kabinet;help;export'= {
        }
        &'kabinet;help;verify-file'= {
        }
        &'kabinet;help;verify'= {
        }
        &'kabinet;help;log'= {
        }
        &'kabinet;help;history'= {
        }
        &'kabinet;help;revert'= {
        }
        &'kabinet;help;attach'= {
        }
        &'kabinet;help;attachments'= {
        }
        &'kabinet;help;extract'= {
        }
        &'kabinet;help;detach'= {
        }
        &'kabinet;help;backup'= {
        }
        &'kabinet;help;restore'= {
        }
        &'kabinet;help;key'= {
            cand public 'Print the store''s public key in minisign''s format (give it to whoever checks exports)'
        }
        &'kabinet;help;key;public'= {
        }
        &'kabinet;help;validate'= {
        }
        &'kabinet;help;demo'= {
        }
        &'kabinet;help;help'= {
        }
    ]
    $completions[$command]
}
