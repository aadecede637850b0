# Print an optspec for argparse to handle cmd's options that are independent of any subcommand.
function __fish_kabinet_global_optspecs
    string join \n store= passphrase-file= user= format= lang= y/yes q/quiet no-color holidays= h/help V/version
end

function __fish_kabinet_needs_command
    # Figure out if the current invocation already has a command.
    set -l cmd (commandline -opc)
    set -e cmd[1]
    argparse -s (__fish_kabinet_global_optspecs) -- $cmd 2>/dev/null
    or return
    if set -q argv[1]
        # Also print the command, so this can be used to figure out what it is.
        echo $argv[1]
        return 1
    end
    return 0
end

function __fish_kabinet_using_subcommand
    set -l cmd (__fish_kabinet_needs_command)
    test -z "$cmd"
    and return 1
    contains -- $cmd[1] $argv
end

complete -c kabinet -n "__fish_kabinet_needs_command" -l store -d 'Path of the store [default: $XDG_DATA_HOME/kabinet/kabinet.db]' -r -F
complete -c kabinet -n "__fish_kabinet_needs_command" -l passphrase-file -d 'Read the passphrase from the first line of this file' -r -F
complete -c kabinet -n "__fish_kabinet_needs_command" -l user -d 'Who is unlocking the store [default: its only user, else the one named as the OS user]' -r
complete -c kabinet -n "__fish_kabinet_needs_command" -l format -d 'Output format of lists and `show` (`ics`: `deadlines` only)' -r -f -a "table\t'A table fitted to the terminal'
json\t'One JSON document: an array for lists, an object for `show`'
csv\t'RFC 4180 CSV with a header row, UTF-8, ISO dates'
ics\t'iCalendar (RFC 5545), for `deadlines`'"
complete -c kabinet -n "__fish_kabinet_needs_command" -l lang -d 'Interface language [default: KABINET_LANG, else ru when LANG/LC_ALL starts with ru, else en]' -r -f -a "ru\t''
en\t''"
complete -c kabinet -n "__fish_kabinet_needs_command" -l holidays -d 'A file of extra or overriding days off and working days (format: see `kabinet calendar --help`)' -r -F
complete -c kabinet -n "__fish_kabinet_needs_command" -s y -l yes -d 'Answer yes to confirmation prompts (required to delete when not on a terminal)'
complete -c kabinet -n "__fish_kabinet_needs_command" -s q -l quiet -d 'Print only what was asked for: no confirmations, no warnings'
complete -c kabinet -n "__fish_kabinet_needs_command" -l no-color -d 'No colours (also when NO_COLOR is set)'
complete -c kabinet -n "__fish_kabinet_needs_command" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kabinet -n "__fish_kabinet_needs_command" -s V -l version -d 'Print version'
complete -c kabinet -n "__fish_kabinet_needs_command" -f -a "init" -d 'Create a new encrypted store (refuses to overwrite one: exit 7)'
complete -c kabinet -n "__fish_kabinet_needs_command" -f -a "time-zone" -d 'Show or set the store\'s time zone (IANA name): what "now" and appointment times mean'
complete -c kabinet -n "__fish_kabinet_needs_command" -f -a "config" -d 'The configuration: effective settings and where each came from'
complete -c kabinet -n "__fish_kabinet_needs_command" -f -a "completions" -d 'Print a shell completion script (bash, zsh, fish, powershell, elvish)'
complete -c kabinet -n "__fish_kabinet_needs_command" -f -a "man" -d 'Write the manual pages (kabinet.1 and one per subcommand) into a directory'
complete -c kabinet -n "__fish_kabinet_needs_command" -f -a "passwd" -d 'Change your own passphrase (the same as `user passwd`; crash-safe)'
complete -c kabinet -n "__fish_kabinet_needs_command" -f -a "user" -d 'The store\'s users: add, roles, remove, list; your passphrase; the recovery key'
complete -c kabinet -n "__fish_kabinet_needs_command" -f -a "rekey" -d 'Encrypt the store again under a new random key, sealed to every user (crash-safe)'
complete -c kabinet -n "__fish_kabinet_needs_command" -f -a "notify" -d 'Send the reminders due now (e-mail or a command), each once; `notify log`: what went'
complete -c kabinet -n "__fish_kabinet_needs_command" -f -a "unlock" -d 'Unlock the store once for this login session: later commands ask for no passphrase'
complete -c kabinet -n "__fish_kabinet_needs_command" -f -a "shell" -d 'An interactive prompt: unlock once, then type commands as on the command line'
complete -c kabinet -n "__fish_kabinet_needs_command" -f -a "lock" -d 'Forget the store\'s key held for this session at once'
complete -c kabinet -n "__fish_kabinet_needs_command" -f -a "status" -d 'Whether the store is unlocked for this session, for whom and until when'
complete -c kabinet -n "__fish_kabinet_needs_command" -f -a "server" -d 'The office server (PostgreSQL): make an office on one'
complete -c kabinet -n "__fish_kabinet_needs_command" -f -a "push" -d 'Move this local store into an office on a server: every item, its history and the log'
complete -c kabinet -n "__fish_kabinet_needs_command" -f -a "record" -d 'Diary records: dated events and their results'
complete -c kabinet -n "__fish_kabinet_needs_command" -f -a "doc" -d 'Document registry: passports, licences, certificates and their validity'
complete -c kabinet -n "__fish_kabinet_needs_command" -f -a "appt" -d 'Appointments at offices, clinics, МФЦ, ГИБДД, ФНС'
complete -c kabinet -n "__fish_kabinet_needs_command" -f -a "obligation" -d 'Recurring or one-off duties, e.g. a report due on the 5th of each month'
complete -c kabinet -n "__fish_kabinet_needs_command" -f -a "application" -d 'Applications filed with an agency, followed to a decision (alias: zayav)'
complete -c kabinet -n "__fish_kabinet_needs_command" -f -a "zayav" -d 'Applications filed with an agency, followed to a decision (alias: zayav)'
complete -c kabinet -n "__fish_kabinet_needs_command" -f -a "deadlines" -d 'Everything due or overdue: documents, appointments, follow-ups, obligations, applications'
complete -c kabinet -n "__fish_kabinet_needs_command" -f -a "calendar" -d 'The working-day calendar in force: days off, transfers, data source'
complete -c kabinet -n "__fish_kabinet_needs_command" -f -a "import" -d 'Import records, documents or appointments from a CSV file: all rows or none'
complete -c kabinet -n "__fish_kabinet_needs_command" -f -a "export" -d 'Export records, documents or appointments: CSV, JSON, iCalendar, PDF reports and receipts'
complete -c kabinet -n "__fish_kabinet_needs_command" -f -a "verify-file" -d 'Check a signed export against its FILE.sig (exit 0, or 4 naming what failed)'
complete -c kabinet -n "__fish_kabinet_needs_command" -f -a "verify" -d 'Check the store: encryption pages, database structure, the audit chain, the seal of every row and attachment, the signing key (exit 0, or 4 listing what is wrong and where)'
complete -c kabinet -n "__fish_kabinet_needs_command" -f -a "log" -d 'The audit trail: every change, when, who, with which command, before and after'
complete -c kabinet -n "__fish_kabinet_needs_command" -f -a "history" -d 'Each version of one item and what changed between them'
complete -c kabinet -n "__fish_kabinet_needs_command" -f -a "revert" -d 'Restore an earlier version (from `history`) of an item that is still editable'
complete -c kabinet -n "__fish_kabinet_needs_command" -f -a "attach" -d 'Attach a scan to an item: PDF, DOCX, JPG or PNG (checked by content), at most 5 MB'
complete -c kabinet -n "__fish_kabinet_needs_command" -f -a "attachments" -d 'List an item\'s attachments, numbered from 1'
complete -c kabinet -n "__fish_kabinet_needs_command" -f -a "extract" -d 'Write an attachment\'s exact bytes to a file (N as numbered by `attachments`)'
complete -c kabinet -n "__fish_kabinet_needs_command" -f -a "detach" -d 'Remove an attachment from an item (logged; N as numbered by `attachments`)'
complete -c kabinet -n "__fish_kabinet_needs_command" -f -a "backup" -d 'Copy the store consistently with SQLite\'s online backup, encrypted with the same key'
complete -c kabinet -n "__fish_kabinet_needs_command" -f -a "restore" -d 'Replace the store with a backup, after verifying it; the current store is kept as .bak'
complete -c kabinet -n "__fish_kabinet_needs_command" -f -a "key" -d 'The store\'s signing key'
complete -c kabinet -n "__fish_kabinet_needs_command" -f -a "validate" -d 'Check values (СНИЛС, ИНН, dates…), or with no KIND the whole store'
complete -c kabinet -n "__fish_kabinet_needs_command" -f -a "demo" -d 'A guided tour on a throw-away sample store; needs no set-up'
complete -c kabinet -n "__fish_kabinet_needs_command" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c kabinet -n "__fish_kabinet_using_subcommand init" -l time-zone -d 'The store\'s time zone, an IANA name such as Europe/Moscow [default: the system\'s]' -r
complete -c kabinet -n "__fish_kabinet_using_subcommand init" -l recovery-sheet -d 'Also write the recovery key on an A4 page to print and keep in a safe' -r -F
complete -c kabinet -n "__fish_kabinet_using_subcommand init" -l store -d 'Path of the store [default: $XDG_DATA_HOME/kabinet/kabinet.db]' -r -F
complete -c kabinet -n "__fish_kabinet_using_subcommand init" -l passphrase-file -d 'Read the passphrase from the first line of this file' -r -F
complete -c kabinet -n "__fish_kabinet_using_subcommand init" -l user -d 'Who is unlocking the store [default: its only user, else the one named as the OS user]' -r
complete -c kabinet -n "__fish_kabinet_using_subcommand init" -l format -d 'Output format of lists and `show` (`ics`: `deadlines` only)' -r -f -a "table\t'A table fitted to the terminal'
json\t'One JSON document: an array for lists, an object for `show`'
csv\t'RFC 4180 CSV with a header row, UTF-8, ISO dates'
ics\t'iCalendar (RFC 5545), for `deadlines`'"
complete -c kabinet -n "__fish_kabinet_using_subcommand init" -l lang -d 'Interface language [default: KABINET_LANG, else ru when LANG/LC_ALL starts with ru, else en]' -r -f -a "ru\t''
en\t''"
complete -c kabinet -n "__fish_kabinet_using_subcommand init" -l holidays -d 'A file of extra or overriding days off and working days (format: see `kabinet calendar --help`)' -r -F
complete -c kabinet -n "__fish_kabinet_using_subcommand init" -s y -l yes -d 'Answer yes to confirmation prompts (required to delete when not on a terminal)'
complete -c kabinet -n "__fish_kabinet_using_subcommand init" -s q -l quiet -d 'Print only what was asked for: no confirmations, no warnings'
complete -c kabinet -n "__fish_kabinet_using_subcommand init" -l no-color -d 'No colours (also when NO_COLOR is set)'
complete -c kabinet -n "__fish_kabinet_using_subcommand init" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kabinet -n "__fish_kabinet_using_subcommand time-zone" -l store -d 'Path of the store [default: $XDG_DATA_HOME/kabinet/kabinet.db]' -r -F
complete -c kabinet -n "__fish_kabinet_using_subcommand time-zone" -l passphrase-file -d 'Read the passphrase from the first line of this file' -r -F
complete -c kabinet -n "__fish_kabinet_using_subcommand time-zone" -l user -d 'Who is unlocking the store [default: its only user, else the one named as the OS user]' -r
complete -c kabinet -n "__fish_kabinet_using_subcommand time-zone" -l format -d 'Output format of lists and `show` (`ics`: `deadlines` only)' -r -f -a "table\t'A table fitted to the terminal'
json\t'One JSON document: an array for lists, an object for `show`'
csv\t'RFC 4180 CSV with a header row, UTF-8, ISO dates'
ics\t'iCalendar (RFC 5545), for `deadlines`'"
complete -c kabinet -n "__fish_kabinet_using_subcommand time-zone" -l lang -d 'Interface language [default: KABINET_LANG, else ru when LANG/LC_ALL starts with ru, else en]' -r -f -a "ru\t''
en\t''"
complete -c kabinet -n "__fish_kabinet_using_subcommand time-zone" -l holidays -d 'A file of extra or overriding days off and working days (format: see `kabinet calendar --help`)' -r -F
complete -c kabinet -n "__fish_kabinet_using_subcommand time-zone" -s y -l yes -d 'Answer yes to confirmation prompts (required to delete when not on a terminal)'
complete -c kabinet -n "__fish_kabinet_using_subcommand time-zone" -s q -l quiet -d 'Print only what was asked for: no confirmations, no warnings'
complete -c kabinet -n "__fish_kabinet_using_subcommand time-zone" -l no-color -d 'No colours (also when NO_COLOR is set)'
complete -c kabinet -n "__fish_kabinet_using_subcommand time-zone" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kabinet -n "__fish_kabinet_using_subcommand config; and not __fish_seen_subcommand_from show help" -l store -d 'Path of the store [default: $XDG_DATA_HOME/kabinet/kabinet.db]' -r -F
complete -c kabinet -n "__fish_kabinet_using_subcommand config; and not __fish_seen_subcommand_from show help" -l passphrase-file -d 'Read the passphrase from the first line of this file' -r -F
complete -c kabinet -n "__fish_kabinet_using_subcommand config; and not __fish_seen_subcommand_from show help" -l user -d 'Who is unlocking the store [default: its only user, else the one named as the OS user]' -r
complete -c kabinet -n "__fish_kabinet_using_subcommand config; and not __fish_seen_subcommand_from show help" -l format -d 'Output format of lists and `show` (`ics`: `deadlines` only)' -r -f -a "table\t'A table fitted to the terminal'
json\t'One JSON document: an array for lists, an object for `show`'
csv\t'RFC 4180 CSV with a header row, UTF-8, ISO dates'
ics\t'iCalendar (RFC 5545), for `deadlines`'"
complete -c kabinet -n "__fish_kabinet_using_subcommand config; and not __fish_seen_subcommand_from show help" -l lang -d 'Interface language [default: KABINET_LANG, else ru when LANG/LC_ALL starts with ru, else en]' -r -f -a "ru\t''
en\t''"
complete -c kabinet -n "__fish_kabinet_using_subcommand config; and not __fish_seen_subcommand_from show help" -l holidays -d 'A file of extra or overriding days off and working days (format: see `kabinet calendar --help`)' -r -F
complete -c kabinet -n "__fish_kabinet_using_subcommand config; and not __fish_seen_subcommand_from show help" -s y -l yes -d 'Answer yes to confirmation prompts (required to delete when not on a terminal)'
complete -c kabinet -n "__fish_kabinet_using_subcommand config; and not __fish_seen_subcommand_from show help" -s q -l quiet -d 'Print only what was asked for: no confirmations, no warnings'
complete -c kabinet -n "__fish_kabinet_using_subcommand config; and not __fish_seen_subcommand_from show help" -l no-color -d 'No colours (also when NO_COLOR is set)'
complete -c kabinet -n "__fish_kabinet_using_subcommand config; and not __fish_seen_subcommand_from show help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kabinet -n "__fish_kabinet_using_subcommand config; and not __fish_seen_subcommand_from show help" -f -a "show" -d 'Print every effective setting, its value and where it came from'
complete -c kabinet -n "__fish_kabinet_using_subcommand config; and not __fish_seen_subcommand_from show help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c kabinet -n "__fish_kabinet_using_subcommand config; and __fish_seen_subcommand_from show" -l store -d 'Path of the store [default: $XDG_DATA_HOME/kabinet/kabinet.db]' -r -F
complete -c kabinet -n "__fish_kabinet_using_subcommand config; and __fish_seen_subcommand_from show" -l passphrase-file -d 'Read the passphrase from the first line of this file' -r -F
complete -c kabinet -n "__fish_kabinet_using_subcommand config; and __fish_seen_subcommand_from show" -l user -d 'Who is unlocking the store [default: its only user, else the one named as the OS user]' -r
complete -c kabinet -n "__fish_kabinet_using_subcommand config; and __fish_seen_subcommand_from show" -l format -d 'Output format of lists and `show` (`ics`: `deadlines` only)' -r -f -a "table\t'A table fitted to the terminal'
json\t'One JSON document: an array for lists, an object for `show`'
csv\t'RFC 4180 CSV with a header row, UTF-8, ISO dates'
ics\t'iCalendar (RFC 5545), for `deadlines`'"
complete -c kabinet -n "__fish_kabinet_using_subcommand config; and __fish_seen_subcommand_from show" -l lang -d 'Interface language [default: KABINET_LANG, else ru when LANG/LC_ALL starts with ru, else en]' -r -f -a "ru\t''
en\t''"
complete -c kabinet -n "__fish_kabinet_using_subcommand config; and __fish_seen_subcommand_from show" -l holidays -d 'A file of extra or overriding days off and working days (format: see `kabinet calendar --help`)' -r -F
complete -c kabinet -n "__fish_kabinet_using_subcommand config; and __fish_seen_subcommand_from show" -s y -l yes -d 'Answer yes to confirmation prompts (required to delete when not on a terminal)'
complete -c kabinet -n "__fish_kabinet_using_subcommand config; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Print only what was asked for: no confirmations, no warnings'
complete -c kabinet -n "__fish_kabinet_using_subcommand config; and __fish_seen_subcommand_from show" -l no-color -d 'No colours (also when NO_COLOR is set)'
complete -c kabinet -n "__fish_kabinet_using_subcommand config; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kabinet -n "__fish_kabinet_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "show" -d 'Print every effective setting, its value and where it came from'
complete -c kabinet -n "__fish_kabinet_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c kabinet -n "__fish_kabinet_using_subcommand completions" -l store -d 'Path of the store [default: $XDG_DATA_HOME/kabinet/kabinet.db]' -r -F
complete -c kabinet -n "__fish_kabinet_using_subcommand completions" -l passphrase-file -d 'Read the passphrase from the first line of this file' -r -F
complete -c kabinet -n "__fish_kabinet_using_subcommand completions" -l user -d 'Who is unlocking the store [default: its only user, else the one named as the OS user]' -r
complete -c kabinet -n "__fish_kabinet_using_subcommand completions" -l format -d 'Output format of lists and `show` (`ics`: `deadlines` only)' -r -f -a "table\t'A table fitted to the terminal'
json\t'One JSON document: an array for lists, an object for `show`'
csv\t'RFC 4180 CSV with a header row, UTF-8, ISO dates'
ics\t'iCalendar (RFC 5545), for `deadlines`'"
complete -c kabinet -n "__fish_kabinet_using_subcommand completions" -l lang -d 'Interface language [default: KABINET_LANG, else ru when LANG/LC_ALL starts with ru, else en]' -r -f -a "ru\t''
en\t''"
complete -c kabinet -n "__fish_kabinet_using_subcommand completions" -l holidays -d 'A file of extra or overriding days off and working days (format: see `kabinet calendar --help`)' -r -F
complete -c kabinet -n "__fish_kabinet_using_subcommand completions" -s y -l yes -d 'Answer yes to confirmation prompts (required to delete when not on a terminal)'
complete -c kabinet -n "__fish_kabinet_using_subcommand completions" -s q -l quiet -d 'Print only what was asked for: no confirmations, no warnings'
complete -c kabinet -n "__fish_kabinet_using_subcommand completions" -l no-color -d 'No colours (also when NO_COLOR is set)'
complete -c kabinet -n "__fish_kabinet_using_subcommand completions" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kabinet -n "__fish_kabinet_using_subcommand man" -l store -d 'Path of the store [default: $XDG_DATA_HOME/kabinet/kabinet.db]' -r -F
complete -c kabinet -n "__fish_kabinet_using_subcommand man" -l passphrase-file -d 'Read the passphrase from the first line of this file' -r -F
complete -c kabinet -n "__fish_kabinet_using_subcommand man" -l user -d 'Who is unlocking the store [default: its only user, else the one named as the OS user]' -r
complete -c kabinet -n "__fish_kabinet_using_subcommand man" -l format -d 'Output format of lists and `show` (`ics`: `deadlines` only)' -r -f -a "table\t'A table fitted to the terminal'
json\t'One JSON document: an array for lists, an object for `show`'
csv\t'RFC 4180 CSV with a header row, UTF-8, ISO dates'
ics\t'iCalendar (RFC 5545), for `deadlines`'"
complete -c kabinet -n "__fish_kabinet_using_subcommand man" -l lang -d 'Interface language [default: KABINET_LANG, else ru when LANG/LC_ALL starts with ru, else en]' -r -f -a "ru\t''
en\t''"
complete -c kabinet -n "__fish_kabinet_using_subcommand man" -l holidays -d 'A file of extra or overriding days off and working days (format: see `kabinet calendar --help`)' -r -F
complete -c kabinet -n "__fish_kabinet_using_subcommand man" -s y -l yes -d 'Answer yes to confirmation prompts (required to delete when not on a terminal)'
complete -c kabinet -n "__fish_kabinet_using_subcommand man" -s q -l quiet -d 'Print only what was asked for: no confirmations, no warnings'
complete -c kabinet -n "__fish_kabinet_using_subcommand man" -l no-color -d 'No colours (also when NO_COLOR is set)'
complete -c kabinet -n "__fish_kabinet_using_subcommand man" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kabinet -n "__fish_kabinet_using_subcommand passwd" -l new-passphrase-file -d 'Read the new passphrase from the first line of this file (else KABINET_NEW_PASSPHRASE, else a prompt on a terminal)' -r -F
complete -c kabinet -n "__fish_kabinet_using_subcommand passwd" -l store -d 'Path of the store [default: $XDG_DATA_HOME/kabinet/kabinet.db]' -r -F
complete -c kabinet -n "__fish_kabinet_using_subcommand passwd" -l passphrase-file -d 'Read the passphrase from the first line of this file' -r -F
complete -c kabinet -n "__fish_kabinet_using_subcommand passwd" -l user -d 'Who is unlocking the store [default: its only user, else the one named as the OS user]' -r
complete -c kabinet -n "__fish_kabinet_using_subcommand passwd" -l format -d 'Output format of lists and `show` (`ics`: `deadlines` only)' -r -f -a "table\t'A table fitted to the terminal'
json\t'One JSON document: an array for lists, an object for `show`'
csv\t'RFC 4180 CSV with a header row, UTF-8, ISO dates'
ics\t'iCalendar (RFC 5545), for `deadlines`'"
complete -c kabinet -n "__fish_kabinet_using_subcommand passwd" -l lang -d 'Interface language [default: KABINET_LANG, else ru when LANG/LC_ALL starts with ru, else en]' -r -f -a "ru\t''
en\t''"
complete -c kabinet -n "__fish_kabinet_using_subcommand passwd" -l holidays -d 'A file of extra or overriding days off and working days (format: see `kabinet calendar --help`)' -r -F
complete -c kabinet -n "__fish_kabinet_using_subcommand passwd" -s y -l yes -d 'Answer yes to confirmation prompts (required to delete when not on a terminal)'
complete -c kabinet -n "__fish_kabinet_using_subcommand passwd" -s q -l quiet -d 'Print only what was asked for: no confirmations, no warnings'
complete -c kabinet -n "__fish_kabinet_using_subcommand passwd" -l no-color -d 'No colours (also when NO_COLOR is set)'
complete -c kabinet -n "__fish_kabinet_using_subcommand passwd" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kabinet -n "__fish_kabinet_using_subcommand user; and not __fish_seen_subcommand_from list passwd recover add role remove recovery-key help" -l store -d 'Path of the store [default: $XDG_DATA_HOME/kabinet/kabinet.db]' -r -F
complete -c kabinet -n "__fish_kabinet_using_subcommand user; and not __fish_seen_subcommand_from list passwd recover add role remove recovery-key help" -l passphrase-file -d 'Read the passphrase from the first line of this file' -r -F
complete -c kabinet -n "__fish_kabinet_using_subcommand user; and not __fish_seen_subcommand_from list passwd recover add role remove recovery-key help" -l user -d 'Who is unlocking the store [default: its only user, else the one named as the OS user]' -r
complete -c kabinet -n "__fish_kabinet_using_subcommand user; and not __fish_seen_subcommand_from list passwd recover add role remove recovery-key help" -l format -d 'Output format of lists and `show` (`ics`: `deadlines` only)' -r -f -a "table\t'A table fitted to the terminal'
json\t'One JSON document: an array for lists, an object for `show`'
csv\t'RFC 4180 CSV with a header row, UTF-8, ISO dates'
ics\t'iCalendar (RFC 5545), for `deadlines`'"
complete -c kabinet -n "__fish_kabinet_using_subcommand user; and not __fish_seen_subcommand_from list passwd recover add role remove recovery-key help" -l lang -d 'Interface language [default: KABINET_LANG, else ru when LANG/LC_ALL starts with ru, else en]' -r -f -a "ru\t''
en\t''"
complete -c kabinet -n "__fish_kabinet_using_subcommand user; and not __fish_seen_subcommand_from list passwd recover add role remove recovery-key help" -l holidays -d 'A file of extra or overriding days off and working days (format: see `kabinet calendar --help`)' -r -F
complete -c kabinet -n "__fish_kabinet_using_subcommand user; and not __fish_seen_subcommand_from list passwd recover add role remove recovery-key help" -s y -l yes -d 'Answer yes to confirmation prompts (required to delete when not on a terminal)'
complete -c kabinet -n "__fish_kabinet_using_subcommand user; and not __fish_seen_subcommand_from list passwd recover add role remove recovery-key help" -s q -l quiet -d 'Print only what was asked for: no confirmations, no warnings'
complete -c kabinet -n "__fish_kabinet_using_subcommand user; and not __fish_seen_subcommand_from list passwd recover add role remove recovery-key help" -l no-color -d 'No colours (also when NO_COLOR is set)'
complete -c kabinet -n "__fish_kabinet_using_subcommand user; and not __fish_seen_subcommand_from list passwd recover add role remove recovery-key help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kabinet -n "__fish_kabinet_using_subcommand user; and not __fish_seen_subcommand_from list passwd recover add role remove recovery-key help" -f -a "list" -d 'List the store\'s users: names, roles, kinds, created, last change (no secrets)'
complete -c kabinet -n "__fish_kabinet_using_subcommand user; and not __fish_seen_subcommand_from list passwd recover add role remove recovery-key help" -f -a "passwd" -d 'Change your own passphrase (the store is encrypted again under a new key; crash-safe)'
complete -c kabinet -n "__fish_kabinet_using_subcommand user; and not __fish_seen_subcommand_from list passwd recover add role remove recovery-key help" -f -a "recover" -d 'Set a user\'s new passphrase with the recovery key'
complete -c kabinet -n "__fish_kabinet_using_subcommand user; and not __fish_seen_subcommand_from list passwd recover add role remove recovery-key help" -f -a "add" -d 'Add a user with a role (admin, editor, reader) and their own passphrase'
complete -c kabinet -n "__fish_kabinet_using_subcommand user; and not __fish_seen_subcommand_from list passwd recover add role remove recovery-key help" -f -a "role" -d 'Change a user\'s role (and, with --kinds or --all-kinds, what they may see)'
complete -c kabinet -n "__fish_kabinet_using_subcommand user; and not __fish_seen_subcommand_from list passwd recover add role remove recovery-key help" -f -a "remove" -d 'Remove a user; the store is encrypted again under a new key at once, so their passphrase opens nothing from then on'
complete -c kabinet -n "__fish_kabinet_using_subcommand user; and not __fish_seen_subcommand_from list passwd recover add role remove recovery-key help" -f -a "recovery-key" -d 'Make a new recovery key in place of the old one, shown once'
complete -c kabinet -n "__fish_kabinet_using_subcommand user; and not __fish_seen_subcommand_from list passwd recover add role remove recovery-key help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c kabinet -n "__fish_kabinet_using_subcommand user; and __fish_seen_subcommand_from list" -l store -d 'Path of the store [default: $XDG_DATA_HOME/kabinet/kabinet.db]' -r -F
complete -c kabinet -n "__fish_kabinet_using_subcommand user; and __fish_seen_subcommand_from list" -l passphrase-file -d 'Read the passphrase from the first line of this file' -r -F
complete -c kabinet -n "__fish_kabinet_using_subcommand user; and __fish_seen_subcommand_from list" -l user -d 'Who is unlocking the store [default: its only user, else the one named as the OS user]' -r
complete -c kabinet -n "__fish_kabinet_using_subcommand user; and __fish_seen_subcommand_from list" -l format -d 'Output format of lists and `show` (`ics`: `deadlines` only)' -r -f -a "table\t'A table fitted to the terminal'
json\t'One JSON document: an array for lists, an object for `show`'
csv\t'RFC 4180 CSV with a header row, UTF-8, ISO dates'
ics\t'iCalendar (RFC 5545), for `deadlines`'"
complete -c kabinet -n "__fish_kabinet_using_subcommand user; and __fish_seen_subcommand_from list" -l lang -d 'Interface language [default: KABINET_LANG, else ru when LANG/LC_ALL starts with ru, else en]' -r -f -a "ru\t''
en\t''"
complete -c kabinet -n "__fish_kabinet_using_subcommand user; and __fish_seen_subcommand_from list" -l holidays -d 'A file of extra or overriding days off and working days (format: see `kabinet calendar --help`)' -r -F
complete -c kabinet -n "__fish_kabinet_using_subcommand user; and __fish_seen_subcommand_from list" -s y -l yes -d 'Answer yes to confirmation prompts (required to delete when not on a terminal)'
complete -c kabinet -n "__fish_kabinet_using_subcommand user; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print only what was asked for: no confirmations, no warnings'
complete -c kabinet -n "__fish_kabinet_using_subcommand user; and __fish_seen_subcommand_from list" -l no-color -d 'No colours (also when NO_COLOR is set)'
complete -c kabinet -n "__fish_kabinet_using_subcommand user; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kabinet -n "__fish_kabinet_using_subcommand user; and __fish_seen_subcommand_from passwd" -l new-passphrase-file -d 'Read the new passphrase from the first line of this file (else KABINET_NEW_PASSPHRASE, else a prompt on a terminal)' -r -F
complete -c kabinet -n "__fish_kabinet_using_subcommand user; and __fish_seen_subcommand_from passwd" -l store -d 'Path of the store [default: $XDG_DATA_HOME/kabinet/kabinet.db]' -r -F
complete -c kabinet -n "__fish_kabinet_using_subcommand user; and __fish_seen_subcommand_from passwd" -l passphrase-file -d 'Read the passphrase from the first line of this file' -r -F
complete -c kabinet -n "__fish_kabinet_using_subcommand user; and __fish_seen_subcommand_from passwd" -l user -d 'Who is unlocking the store [default: its only user, else the one named as the OS user]' -r
complete -c kabinet -n "__fish_kabinet_using_subcommand user; and __fish_seen_subcommand_from passwd" -l format -d 'Output format of lists and `show` (`ics`: `deadlines` only)' -r -f -a "table\t'A table fitted to the terminal'
json\t'One JSON document: an array for lists, an object for `show`'
csv\t'RFC 4180 CSV with a header row, UTF-8, ISO dates'
ics\t'iCalendar (RFC 5545), for `deadlines`'"
complete -c kabinet -n "__fish_kabinet_using_subcommand user; and __fish_seen_subcommand_from passwd" -l lang -d 'Interface language [default: KABINET_LANG, else ru when LANG/LC_ALL starts with ru, else en]' -r -f -a "ru\t''
en\t''"
complete -c kabinet -n "__fish_kabinet_using_subcommand user; and __fish_seen_subcommand_from passwd" -l holidays -d 'A file of extra or overriding days off and working days (format: see `kabinet calendar --help`)' -r -F
complete -c kabinet -n "__fish_kabinet_using_subcommand user; and __fish_seen_subcommand_from passwd" -s y -l yes -d 'Answer yes to confirmation prompts (required to delete when not on a terminal)'
complete -c kabinet -n "__fish_kabinet_using_subcommand user; and __fish_seen_subcommand_from passwd" -s q -l quiet -d 'Print only what was asked for: no confirmations, no warnings'
complete -c kabinet -n "__fish_kabinet_using_subcommand user; and __fish_seen_subcommand_from passwd" -l no-color -d 'No colours (also when NO_COLOR is set)'
complete -c kabinet -n "__fish_kabinet_using_subcommand user; and __fish_seen_subcommand_from passwd" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kabinet -n "__fish_kabinet_using_subcommand user; and __fish_seen_subcommand_from recover" -l recovery-key-file -d 'Read the recovery key from the first line of this file (else asked on a terminal)' -r -F
complete -c kabinet -n "__fish_kabinet_using_subcommand user; and __fish_seen_subcommand_from recover" -l new-passphrase-file -d 'Read the new passphrase from the first line of this file (else KABINET_NEW_PASSPHRASE, else a prompt on a terminal)' -r -F
complete -c kabinet -n "__fish_kabinet_using_subcommand user; and __fish_seen_subcommand_from recover" -l store -d 'Path of the store [default: $XDG_DATA_HOME/kabinet/kabinet.db]' -r -F
complete -c kabinet -n "__fish_kabinet_using_subcommand user; and __fish_seen_subcommand_from recover" -l passphrase-file -d 'Read the passphrase from the first line of this file' -r -F
complete -c kabinet -n "__fish_kabinet_using_subcommand user; and __fish_seen_subcommand_from recover" -l user -d 'Who is unlocking the store [default: its only user, else the one named as the OS user]' -r
complete -c kabinet -n "__fish_kabinet_using_subcommand user; and __fish_seen_subcommand_from recover" -l format -d 'Output format of lists and `show` (`ics`: `deadlines` only)' -r -f -a "table\t'A table fitted to the terminal'
json\t'One JSON document: an array for lists, an object for `show`'
csv\t'RFC 4180 CSV with a header row, UTF-8, ISO dates'
ics\t'iCalendar (RFC 5545), for `deadlines`'"
complete -c kabinet -n "__fish_kabinet_using_subcommand user; and __fish_seen_subcommand_from recover" -l lang -d 'Interface language [default: KABINET_LANG, else ru when LANG/LC_ALL starts with ru, else en]' -r -f -a "ru\t''
en\t''"
complete -c kabinet -n "__fish_kabinet_using_subcommand user; and __fish_seen_subcommand_from recover" -l holidays -d 'A file of extra or overriding days off and working days (format: see `kabinet calendar --help`)' -r -F
complete -c kabinet -n "__fish_kabinet_using_subcommand user; and __fish_seen_subcommand_from recover" -s y -l yes -d 'Answer yes to confirmation prompts (required to delete when not on a terminal)'
complete -c kabinet -n "__fish_kabinet_using_subcommand user; and __fish_seen_subcommand_from recover" -s q -l quiet -d 'Print only what was asked for: no confirmations, no warnings'
complete -c kabinet -n "__fish_kabinet_using_subcommand user; and __fish_seen_subcommand_from recover" -l no-color -d 'No colours (also when NO_COLOR is set)'
complete -c kabinet -n "__fish_kabinet_using_subcommand user; and __fish_seen_subcommand_from recover" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kabinet -n "__fish_kabinet_using_subcommand user; and __fish_seen_subcommand_from add" -l role -d 'admin (everything, users too), editor (items, import, attachments, backups), reader (lists, deadlines, exports, checks)' -r
complete -c kabinet -n "__fish_kabinet_using_subcommand user; and __fish_seen_subcommand_from add" -l kinds -d 'Only these kinds of item: record, doc, appt, obligation, application (comma-separated)' -r
complete -c kabinet -n "__fish_kabinet_using_subcommand user; and __fish_seen_subcommand_from add" -l new-passphrase-file -d 'Read the new passphrase from the first line of this file (else KABINET_NEW_PASSPHRASE, else a prompt on a terminal)' -r -F
complete -c kabinet -n "__fish_kabinet_using_subcommand user; and __fish_seen_subcommand_from add" -l store -d 'Path of the store [default: $XDG_DATA_HOME/kabinet/kabinet.db]' -r -F
complete -c kabinet -n "__fish_kabinet_using_subcommand user; and __fish_seen_subcommand_from add" -l passphrase-file -d 'Read the passphrase from the first line of this file' -r -F
complete -c kabinet -n "__fish_kabinet_using_subcommand user; and __fish_seen_subcommand_from add" -l user -d 'Who is unlocking the store [default: its only user, else the one named as the OS user]' -r
complete -c kabinet -n "__fish_kabinet_using_subcommand user; and __fish_seen_subcommand_from add" -l format -d 'Output format of lists and `show` (`ics`: `deadlines` only)' -r -f -a "table\t'A table fitted to the terminal'
json\t'One JSON document: an array for lists, an object for `show`'
csv\t'RFC 4180 CSV with a header row, UTF-8, ISO dates'
ics\t'iCalendar (RFC 5545), for `deadlines`'"
complete -c kabinet -n "__fish_kabinet_using_subcommand user; and __fish_seen_subcommand_from add" -l lang -d 'Interface language [default: KABINET_LANG, else ru when LANG/LC_ALL starts with ru, else en]' -r -f -a "ru\t''
en\t''"
complete -c kabinet -n "__fish_kabinet_using_subcommand user; and __fish_seen_subcommand_from add" -l holidays -d 'A file of extra or overriding days off and working days (format: see `kabinet calendar --help`)' -r -F
complete -c kabinet -n "__fish_kabinet_using_subcommand user; and __fish_seen_subcommand_from add" -s y -l yes -d 'Answer yes to confirmation prompts (required to delete when not on a terminal)'
complete -c kabinet -n "__fish_kabinet_using_subcommand user; and __fish_seen_subcommand_from add" -s q -l quiet -d 'Print only what was asked for: no confirmations, no warnings'
complete -c kabinet -n "__fish_kabinet_using_subcommand user; and __fish_seen_subcommand_from add" -l no-color -d 'No colours (also when NO_COLOR is set)'
complete -c kabinet -n "__fish_kabinet_using_subcommand user; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kabinet -n "__fish_kabinet_using_subcommand user; and __fish_seen_subcommand_from role" -l kinds -d 'Only these kinds of item from now on (comma-separated)' -r
complete -c kabinet -n "__fish_kabinet_using_subcommand user; and __fish_seen_subcommand_from role" -l store -d 'Path of the store [default: $XDG_DATA_HOME/kabinet/kabinet.db]' -r -F
complete -c kabinet -n "__fish_kabinet_using_subcommand user; and __fish_seen_subcommand_from role" -l passphrase-file -d 'Read the passphrase from the first line of this file' -r -F
complete -c kabinet -n "__fish_kabinet_using_subcommand user; and __fish_seen_subcommand_from role" -l user -d 'Who is unlocking the store [default: its only user, else the one named as the OS user]' -r
complete -c kabinet -n "__fish_kabinet_using_subcommand user; and __fish_seen_subcommand_from role" -l format -d 'Output format of lists and `show` (`ics`: `deadlines` only)' -r -f -a "table\t'A table fitted to the terminal'
json\t'One JSON document: an array for lists, an object for `show`'
csv\t'RFC 4180 CSV with a header row, UTF-8, ISO dates'
ics\t'iCalendar (RFC 5545), for `deadlines`'"
complete -c kabinet -n "__fish_kabinet_using_subcommand user; and __fish_seen_subcommand_from role" -l lang -d 'Interface language [default: KABINET_LANG, else ru when LANG/LC_ALL starts with ru, else en]' -r -f -a "ru\t''
en\t''"
complete -c kabinet -n "__fish_kabinet_using_subcommand user; and __fish_seen_subcommand_from role" -l holidays -d 'A file of extra or overriding days off and working days (format: see `kabinet calendar --help`)' -r -F
complete -c kabinet -n "__fish_kabinet_using_subcommand user; and __fish_seen_subcommand_from role" -l all-kinds -d 'Every kind of item from now on'
complete -c kabinet -n "__fish_kabinet_using_subcommand user; and __fish_seen_subcommand_from role" -s y -l yes -d 'Answer yes to confirmation prompts (required to delete when not on a terminal)'
complete -c kabinet -n "__fish_kabinet_using_subcommand user; and __fish_seen_subcommand_from role" -s q -l quiet -d 'Print only what was asked for: no confirmations, no warnings'
complete -c kabinet -n "__fish_kabinet_using_subcommand user; and __fish_seen_subcommand_from role" -l no-color -d 'No colours (also when NO_COLOR is set)'
complete -c kabinet -n "__fish_kabinet_using_subcommand user; and __fish_seen_subcommand_from role" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kabinet -n "__fish_kabinet_using_subcommand user; and __fish_seen_subcommand_from remove" -l store -d 'Path of the store [default: $XDG_DATA_HOME/kabinet/kabinet.db]' -r -F
complete -c kabinet -n "__fish_kabinet_using_subcommand user; and __fish_seen_subcommand_from remove" -l passphrase-file -d 'Read the passphrase from the first line of this file' -r -F
complete -c kabinet -n "__fish_kabinet_using_subcommand user; and __fish_seen_subcommand_from remove" -l user -d 'Who is unlocking the store [default: its only user, else the one named as the OS user]' -r
complete -c kabinet -n "__fish_kabinet_using_subcommand user; and __fish_seen_subcommand_from remove" -l format -d 'Output format of lists and `show` (`ics`: `deadlines` only)' -r -f -a "table\t'A table fitted to the terminal'
json\t'One JSON document: an array for lists, an object for `show`'
csv\t'RFC 4180 CSV with a header row, UTF-8, ISO dates'
ics\t'iCalendar (RFC 5545), for `deadlines`'"
complete -c kabinet -n "__fish_kabinet_using_subcommand user; and __fish_seen_subcommand_from remove" -l lang -d 'Interface language [default: KABINET_LANG, else ru when LANG/LC_ALL starts with ru, else en]' -r -f -a "ru\t''
en\t''"
complete -c kabinet -n "__fish_kabinet_using_subcommand user; and __fish_seen_subcommand_from remove" -l holidays -d 'A file of extra or overriding days off and working days (format: see `kabinet calendar --help`)' -r -F
complete -c kabinet -n "__fish_kabinet_using_subcommand user; and __fish_seen_subcommand_from remove" -s y -l yes -d 'Answer yes to confirmation prompts (required to delete when not on a terminal)'
complete -c kabinet -n "__fish_kabinet_using_subcommand user; and __fish_seen_subcommand_from remove" -s q -l quiet -d 'Print only what was asked for: no confirmations, no warnings'
complete -c kabinet -n "__fish_kabinet_using_subcommand user; and __fish_seen_subcommand_from remove" -l no-color -d 'No colours (also when NO_COLOR is set)'
complete -c kabinet -n "__fish_kabinet_using_subcommand user; and __fish_seen_subcommand_from remove" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kabinet -n "__fish_kabinet_using_subcommand user; and __fish_seen_subcommand_from recovery-key" -l recovery-sheet -d 'Also write it on an A4 page to print and keep in a safe' -r -F
complete -c kabinet -n "__fish_kabinet_using_subcommand user; and __fish_seen_subcommand_from recovery-key" -l store -d 'Path of the store [default: $XDG_DATA_HOME/kabinet/kabinet.db]' -r -F
complete -c kabinet -n "__fish_kabinet_using_subcommand user; and __fish_seen_subcommand_from recovery-key" -l passphrase-file -d 'Read the passphrase from the first line of this file' -r -F
complete -c kabinet -n "__fish_kabinet_using_subcommand user; and __fish_seen_subcommand_from recovery-key" -l user -d 'Who is unlocking the store [default: its only user, else the one named as the OS user]' -r
complete -c kabinet -n "__fish_kabinet_using_subcommand user; and __fish_seen_subcommand_from recovery-key" -l format -d 'Output format of lists and `show` (`ics`: `deadlines` only)' -r -f -a "table\t'A table fitted to the terminal'
json\t'One JSON document: an array for lists, an object for `show`'
csv\t'RFC 4180 CSV with a header row, UTF-8, ISO dates'
ics\t'iCalendar (RFC 5545), for `deadlines`'"
complete -c kabinet -n "__fish_kabinet_using_subcommand user; and __fish_seen_subcommand_from recovery-key" -l lang -d 'Interface language [default: KABINET_LANG, else ru when LANG/LC_ALL starts with ru, else en]' -r -f -a "ru\t''
en\t''"
complete -c kabinet -n "__fish_kabinet_using_subcommand user; and __fish_seen_subcommand_from recovery-key" -l holidays -d 'A file of extra or overriding days off and working days (format: see `kabinet calendar --help`)' -r -F
complete -c kabinet -n "__fish_kabinet_using_subcommand user; and __fish_seen_subcommand_from recovery-key" -s y -l yes -d 'Answer yes to confirmation prompts (required to delete when not on a terminal)'
complete -c kabinet -n "__fish_kabinet_using_subcommand user; and __fish_seen_subcommand_from recovery-key" -s q -l quiet -d 'Print only what was asked for: no confirmations, no warnings'
complete -c kabinet -n "__fish_kabinet_using_subcommand user; and __fish_seen_subcommand_from recovery-key" -l no-color -d 'No colours (also when NO_COLOR is set)'
complete -c kabinet -n "__fish_kabinet_using_subcommand user; and __fish_seen_subcommand_from recovery-key" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kabinet -n "__fish_kabinet_using_subcommand user; and __fish_seen_subcommand_from help" -f -a "list" -d 'List the store\'s users: names, roles, kinds, created, last change (no secrets)'
complete -c kabinet -n "__fish_kabinet_using_subcommand user; and __fish_seen_subcommand_from help" -f -a "passwd" -d 'Change your own passphrase (the store is encrypted again under a new key; crash-safe)'
complete -c kabinet -n "__fish_kabinet_using_subcommand user; and __fish_seen_subcommand_from help" -f -a "recover" -d 'Set a user\'s new passphrase with the recovery key'
complete -c kabinet -n "__fish_kabinet_using_subcommand user; and __fish_seen_subcommand_from help" -f -a "add" -d 'Add a user with a role (admin, editor, reader) and their own passphrase'
complete -c kabinet -n "__fish_kabinet_using_subcommand user; and __fish_seen_subcommand_from help" -f -a "role" -d 'Change a user\'s role (and, with --kinds or --all-kinds, what they may see)'
complete -c kabinet -n "__fish_kabinet_using_subcommand user; and __fish_seen_subcommand_from help" -f -a "remove" -d 'Remove a user; the store is encrypted again under a new key at once, so their passphrase opens nothing from then on'
complete -c kabinet -n "__fish_kabinet_using_subcommand user; and __fish_seen_subcommand_from help" -f -a "recovery-key" -d 'Make a new recovery key in place of the old one, shown once'
complete -c kabinet -n "__fish_kabinet_using_subcommand user; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c kabinet -n "__fish_kabinet_using_subcommand rekey" -l store -d 'Path of the store [default: $XDG_DATA_HOME/kabinet/kabinet.db]' -r -F
complete -c kabinet -n "__fish_kabinet_using_subcommand rekey" -l passphrase-file -d 'Read the passphrase from the first line of this file' -r -F
complete -c kabinet -n "__fish_kabinet_using_subcommand rekey" -l user -d 'Who is unlocking the store [default: its only user, else the one named as the OS user]' -r
complete -c kabinet -n "__fish_kabinet_using_subcommand rekey" -l format -d 'Output format of lists and `show` (`ics`: `deadlines` only)' -r -f -a "table\t'A table fitted to the terminal'
json\t'One JSON document: an array for lists, an object for `show`'
csv\t'RFC 4180 CSV with a header row, UTF-8, ISO dates'
ics\t'iCalendar (RFC 5545), for `deadlines`'"
complete -c kabinet -n "__fish_kabinet_using_subcommand rekey" -l lang -d 'Interface language [default: KABINET_LANG, else ru when LANG/LC_ALL starts with ru, else en]' -r -f -a "ru\t''
en\t''"
complete -c kabinet -n "__fish_kabinet_using_subcommand rekey" -l holidays -d 'A file of extra or overriding days off and working days (format: see `kabinet calendar --help`)' -r -F
complete -c kabinet -n "__fish_kabinet_using_subcommand rekey" -s y -l yes -d 'Answer yes to confirmation prompts (required to delete when not on a terminal)'
complete -c kabinet -n "__fish_kabinet_using_subcommand rekey" -s q -l quiet -d 'Print only what was asked for: no confirmations, no warnings'
complete -c kabinet -n "__fish_kabinet_using_subcommand rekey" -l no-color -d 'No colours (also when NO_COLOR is set)'
complete -c kabinet -n "__fish_kabinet_using_subcommand rekey" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kabinet -n "__fish_kabinet_using_subcommand notify; and not __fish_seen_subcommand_from log help" -l store -d 'Path of the store [default: $XDG_DATA_HOME/kabinet/kabinet.db]' -r -F
complete -c kabinet -n "__fish_kabinet_using_subcommand notify; and not __fish_seen_subcommand_from log help" -l passphrase-file -d 'Read the passphrase from the first line of this file' -r -F
complete -c kabinet -n "__fish_kabinet_using_subcommand notify; and not __fish_seen_subcommand_from log help" -l user -d 'Who is unlocking the store [default: its only user, else the one named as the OS user]' -r
complete -c kabinet -n "__fish_kabinet_using_subcommand notify; and not __fish_seen_subcommand_from log help" -l format -d 'Output format of lists and `show` (`ics`: `deadlines` only)' -r -f -a "table\t'A table fitted to the terminal'
json\t'One JSON document: an array for lists, an object for `show`'
csv\t'RFC 4180 CSV with a header row, UTF-8, ISO dates'
ics\t'iCalendar (RFC 5545), for `deadlines`'"
complete -c kabinet -n "__fish_kabinet_using_subcommand notify; and not __fish_seen_subcommand_from log help" -l lang -d 'Interface language [default: KABINET_LANG, else ru when LANG/LC_ALL starts with ru, else en]' -r -f -a "ru\t''
en\t''"
complete -c kabinet -n "__fish_kabinet_using_subcommand notify; and not __fish_seen_subcommand_from log help" -l holidays -d 'A file of extra or overriding days off and working days (format: see `kabinet calendar --help`)' -r -F
complete -c kabinet -n "__fish_kabinet_using_subcommand notify; and not __fish_seen_subcommand_from log help" -l dry-run -d 'List what would be sent, to whom and how, and send nothing'
complete -c kabinet -n "__fish_kabinet_using_subcommand notify; and not __fish_seen_subcommand_from log help" -s y -l yes -d 'Answer yes to confirmation prompts (required to delete when not on a terminal)'
complete -c kabinet -n "__fish_kabinet_using_subcommand notify; and not __fish_seen_subcommand_from log help" -s q -l quiet -d 'Print only what was asked for: no confirmations, no warnings'
complete -c kabinet -n "__fish_kabinet_using_subcommand notify; and not __fish_seen_subcommand_from log help" -l no-color -d 'No colours (also when NO_COLOR is set)'
complete -c kabinet -n "__fish_kabinet_using_subcommand notify; and not __fish_seen_subcommand_from log help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kabinet -n "__fish_kabinet_using_subcommand notify; and not __fish_seen_subcommand_from log help" -f -a "log" -d 'The delivery log: each reminder, its channel, recipient, attempts and status'
complete -c kabinet -n "__fish_kabinet_using_subcommand notify; and not __fish_seen_subcommand_from log help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c kabinet -n "__fish_kabinet_using_subcommand notify; and __fish_seen_subcommand_from log" -l store -d 'Path of the store [default: $XDG_DATA_HOME/kabinet/kabinet.db]' -r -F
complete -c kabinet -n "__fish_kabinet_using_subcommand notify; and __fish_seen_subcommand_from log" -l passphrase-file -d 'Read the passphrase from the first line of this file' -r -F
complete -c kabinet -n "__fish_kabinet_using_subcommand notify; and __fish_seen_subcommand_from log" -l user -d 'Who is unlocking the store [default: its only user, else the one named as the OS user]' -r
complete -c kabinet -n "__fish_kabinet_using_subcommand notify; and __fish_seen_subcommand_from log" -l format -d 'Output format of lists and `show` (`ics`: `deadlines` only)' -r -f -a "table\t'A table fitted to the terminal'
json\t'One JSON document: an array for lists, an object for `show`'
csv\t'RFC 4180 CSV with a header row, UTF-8, ISO dates'
ics\t'iCalendar (RFC 5545), for `deadlines`'"
complete -c kabinet -n "__fish_kabinet_using_subcommand notify; and __fish_seen_subcommand_from log" -l lang -d 'Interface language [default: KABINET_LANG, else ru when LANG/LC_ALL starts with ru, else en]' -r -f -a "ru\t''
en\t''"
complete -c kabinet -n "__fish_kabinet_using_subcommand notify; and __fish_seen_subcommand_from log" -l holidays -d 'A file of extra or overriding days off and working days (format: see `kabinet calendar --help`)' -r -F
complete -c kabinet -n "__fish_kabinet_using_subcommand notify; and __fish_seen_subcommand_from log" -s y -l yes -d 'Answer yes to confirmation prompts (required to delete when not on a terminal)'
complete -c kabinet -n "__fish_kabinet_using_subcommand notify; and __fish_seen_subcommand_from log" -s q -l quiet -d 'Print only what was asked for: no confirmations, no warnings'
complete -c kabinet -n "__fish_kabinet_using_subcommand notify; and __fish_seen_subcommand_from log" -l no-color -d 'No colours (also when NO_COLOR is set)'
complete -c kabinet -n "__fish_kabinet_using_subcommand notify; and __fish_seen_subcommand_from log" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kabinet -n "__fish_kabinet_using_subcommand notify; and __fish_seen_subcommand_from help" -f -a "log" -d 'The delivery log: each reminder, its channel, recipient, attempts and status'
complete -c kabinet -n "__fish_kabinet_using_subcommand notify; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c kabinet -n "__fish_kabinet_using_subcommand unlock" -l for -d 'Forget the key after this long without use: 90s, 15m, 2h [default: the configuration\'s unlock_for, else 15m]' -r
complete -c kabinet -n "__fish_kabinet_using_subcommand unlock" -l at-most -d 'Forget it after this long in any case [default: unlock_at_most, else 10h]' -r
complete -c kabinet -n "__fish_kabinet_using_subcommand unlock" -l store -d 'Path of the store [default: $XDG_DATA_HOME/kabinet/kabinet.db]' -r -F
complete -c kabinet -n "__fish_kabinet_using_subcommand unlock" -l passphrase-file -d 'Read the passphrase from the first line of this file' -r -F
complete -c kabinet -n "__fish_kabinet_using_subcommand unlock" -l user -d 'Who is unlocking the store [default: its only user, else the one named as the OS user]' -r
complete -c kabinet -n "__fish_kabinet_using_subcommand unlock" -l format -d 'Output format of lists and `show` (`ics`: `deadlines` only)' -r -f -a "table\t'A table fitted to the terminal'
json\t'One JSON document: an array for lists, an object for `show`'
csv\t'RFC 4180 CSV with a header row, UTF-8, ISO dates'
ics\t'iCalendar (RFC 5545), for `deadlines`'"
complete -c kabinet -n "__fish_kabinet_using_subcommand unlock" -l lang -d 'Interface language [default: KABINET_LANG, else ru when LANG/LC_ALL starts with ru, else en]' -r -f -a "ru\t''
en\t''"
complete -c kabinet -n "__fish_kabinet_using_subcommand unlock" -l holidays -d 'A file of extra or overriding days off and working days (format: see `kabinet calendar --help`)' -r -F
complete -c kabinet -n "__fish_kabinet_using_subcommand unlock" -l status -d 'Only say whether the store is unlocked, for whom, until when'
complete -c kabinet -n "__fish_kabinet_using_subcommand unlock" -s y -l yes -d 'Answer yes to confirmation prompts (required to delete when not on a terminal)'
complete -c kabinet -n "__fish_kabinet_using_subcommand unlock" -s q -l quiet -d 'Print only what was asked for: no confirmations, no warnings'
complete -c kabinet -n "__fish_kabinet_using_subcommand unlock" -l no-color -d 'No colours (also when NO_COLOR is set)'
complete -c kabinet -n "__fish_kabinet_using_subcommand unlock" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kabinet -n "__fish_kabinet_using_subcommand shell" -l for -d 'Forget the key after this long without a command: 90s, 15m, 2h [default: the configuration\'s unlock_for, else 15m]' -r
complete -c kabinet -n "__fish_kabinet_using_subcommand shell" -l store -d 'Path of the store [default: $XDG_DATA_HOME/kabinet/kabinet.db]' -r -F
complete -c kabinet -n "__fish_kabinet_using_subcommand shell" -l passphrase-file -d 'Read the passphrase from the first line of this file' -r -F
complete -c kabinet -n "__fish_kabinet_using_subcommand shell" -l user -d 'Who is unlocking the store [default: its only user, else the one named as the OS user]' -r
complete -c kabinet -n "__fish_kabinet_using_subcommand shell" -l format -d 'Output format of lists and `show` (`ics`: `deadlines` only)' -r -f -a "table\t'A table fitted to the terminal'
json\t'One JSON document: an array for lists, an object for `show`'
csv\t'RFC 4180 CSV with a header row, UTF-8, ISO dates'
ics\t'iCalendar (RFC 5545), for `deadlines`'"
complete -c kabinet -n "__fish_kabinet_using_subcommand shell" -l lang -d 'Interface language [default: KABINET_LANG, else ru when LANG/LC_ALL starts with ru, else en]' -r -f -a "ru\t''
en\t''"
complete -c kabinet -n "__fish_kabinet_using_subcommand shell" -l holidays -d 'A file of extra or overriding days off and working days (format: see `kabinet calendar --help`)' -r -F
complete -c kabinet -n "__fish_kabinet_using_subcommand shell" -s y -l yes -d 'Answer yes to confirmation prompts (required to delete when not on a terminal)'
complete -c kabinet -n "__fish_kabinet_using_subcommand shell" -s q -l quiet -d 'Print only what was asked for: no confirmations, no warnings'
complete -c kabinet -n "__fish_kabinet_using_subcommand shell" -l no-color -d 'No colours (also when NO_COLOR is set)'
complete -c kabinet -n "__fish_kabinet_using_subcommand shell" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kabinet -n "__fish_kabinet_using_subcommand lock" -l store -d 'Path of the store [default: $XDG_DATA_HOME/kabinet/kabinet.db]' -r -F
complete -c kabinet -n "__fish_kabinet_using_subcommand lock" -l passphrase-file -d 'Read the passphrase from the first line of this file' -r -F
complete -c kabinet -n "__fish_kabinet_using_subcommand lock" -l user -d 'Who is unlocking the store [default: its only user, else the one named as the OS user]' -r
complete -c kabinet -n "__fish_kabinet_using_subcommand lock" -l format -d 'Output format of lists and `show` (`ics`: `deadlines` only)' -r -f -a "table\t'A table fitted to the terminal'
json\t'One JSON document: an array for lists, an object for `show`'
csv\t'RFC 4180 CSV with a header row, UTF-8, ISO dates'
ics\t'iCalendar (RFC 5545), for `deadlines`'"
complete -c kabinet -n "__fish_kabinet_using_subcommand lock" -l lang -d 'Interface language [default: KABINET_LANG, else ru when LANG/LC_ALL starts with ru, else en]' -r -f -a "ru\t''
en\t''"
complete -c kabinet -n "__fish_kabinet_using_subcommand lock" -l holidays -d 'A file of extra or overriding days off and working days (format: see `kabinet calendar --help`)' -r -F
complete -c kabinet -n "__fish_kabinet_using_subcommand lock" -s y -l yes -d 'Answer yes to confirmation prompts (required to delete when not on a terminal)'
complete -c kabinet -n "__fish_kabinet_using_subcommand lock" -s q -l quiet -d 'Print only what was asked for: no confirmations, no warnings'
complete -c kabinet -n "__fish_kabinet_using_subcommand lock" -l no-color -d 'No colours (also when NO_COLOR is set)'
complete -c kabinet -n "__fish_kabinet_using_subcommand lock" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kabinet -n "__fish_kabinet_using_subcommand status" -l store -d 'Path of the store [default: $XDG_DATA_HOME/kabinet/kabinet.db]' -r -F
complete -c kabinet -n "__fish_kabinet_using_subcommand status" -l passphrase-file -d 'Read the passphrase from the first line of this file' -r -F
complete -c kabinet -n "__fish_kabinet_using_subcommand status" -l user -d 'Who is unlocking the store [default: its only user, else the one named as the OS user]' -r
complete -c kabinet -n "__fish_kabinet_using_subcommand status" -l format -d 'Output format of lists and `show` (`ics`: `deadlines` only)' -r -f -a "table\t'A table fitted to the terminal'
json\t'One JSON document: an array for lists, an object for `show`'
csv\t'RFC 4180 CSV with a header row, UTF-8, ISO dates'
ics\t'iCalendar (RFC 5545), for `deadlines`'"
complete -c kabinet -n "__fish_kabinet_using_subcommand status" -l lang -d 'Interface language [default: KABINET_LANG, else ru when LANG/LC_ALL starts with ru, else en]' -r -f -a "ru\t''
en\t''"
complete -c kabinet -n "__fish_kabinet_using_subcommand status" -l holidays -d 'A file of extra or overriding days off and working days (format: see `kabinet calendar --help`)' -r -F
complete -c kabinet -n "__fish_kabinet_using_subcommand status" -s y -l yes -d 'Answer yes to confirmation prompts (required to delete when not on a terminal)'
complete -c kabinet -n "__fish_kabinet_using_subcommand status" -s q -l quiet -d 'Print only what was asked for: no confirmations, no warnings'
complete -c kabinet -n "__fish_kabinet_using_subcommand status" -l no-color -d 'No colours (also when NO_COLOR is set)'
complete -c kabinet -n "__fish_kabinet_using_subcommand status" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kabinet -n "__fish_kabinet_using_subcommand server; and not __fish_seen_subcommand_from init help" -l store -d 'Path of the store [default: $XDG_DATA_HOME/kabinet/kabinet.db]' -r -F
complete -c kabinet -n "__fish_kabinet_using_subcommand server; and not __fish_seen_subcommand_from init help" -l passphrase-file -d 'Read the passphrase from the first line of this file' -r -F
complete -c kabinet -n "__fish_kabinet_using_subcommand server; and not __fish_seen_subcommand_from init help" -l user -d 'Who is unlocking the store [default: its only user, else the one named as the OS user]' -r
complete -c kabinet -n "__fish_kabinet_using_subcommand server; and not __fish_seen_subcommand_from init help" -l format -d 'Output format of lists and `show` (`ics`: `deadlines` only)' -r -f -a "table\t'A table fitted to the terminal'
json\t'One JSON document: an array for lists, an object for `show`'
csv\t'RFC 4180 CSV with a header row, UTF-8, ISO dates'
ics\t'iCalendar (RFC 5545), for `deadlines`'"
complete -c kabinet -n "__fish_kabinet_using_subcommand server; and not __fish_seen_subcommand_from init help" -l lang -d 'Interface language [default: KABINET_LANG, else ru when LANG/LC_ALL starts with ru, else en]' -r -f -a "ru\t''
en\t''"
complete -c kabinet -n "__fish_kabinet_using_subcommand server; and not __fish_seen_subcommand_from init help" -l holidays -d 'A file of extra or overriding days off and working days (format: see `kabinet calendar --help`)' -r -F
complete -c kabinet -n "__fish_kabinet_using_subcommand server; and not __fish_seen_subcommand_from init help" -s y -l yes -d 'Answer yes to confirmation prompts (required to delete when not on a terminal)'
complete -c kabinet -n "__fish_kabinet_using_subcommand server; and not __fish_seen_subcommand_from init help" -s q -l quiet -d 'Print only what was asked for: no confirmations, no warnings'
complete -c kabinet -n "__fish_kabinet_using_subcommand server; and not __fish_seen_subcommand_from init help" -l no-color -d 'No colours (also when NO_COLOR is set)'
complete -c kabinet -n "__fish_kabinet_using_subcommand server; and not __fish_seen_subcommand_from init help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kabinet -n "__fish_kabinet_using_subcommand server; and not __fish_seen_subcommand_from init help" -f -a "init" -d 'Make an office on a PostgreSQL server: schema, roles, first admin, recovery key'
complete -c kabinet -n "__fish_kabinet_using_subcommand server; and not __fish_seen_subcommand_from init help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c kabinet -n "__fish_kabinet_using_subcommand server; and __fish_seen_subcommand_from init" -l office -d 'The office\'s name on the server' -r
complete -c kabinet -n "__fish_kabinet_using_subcommand server; and __fish_seen_subcommand_from init" -l recovery-sheet -d 'Also write the recovery key on an A4 page to print and keep in a safe' -r -F
complete -c kabinet -n "__fish_kabinet_using_subcommand server; and __fish_seen_subcommand_from init" -l store -d 'Path of the store [default: $XDG_DATA_HOME/kabinet/kabinet.db]' -r -F
complete -c kabinet -n "__fish_kabinet_using_subcommand server; and __fish_seen_subcommand_from init" -l passphrase-file -d 'Read the passphrase from the first line of this file' -r -F
complete -c kabinet -n "__fish_kabinet_using_subcommand server; and __fish_seen_subcommand_from init" -l user -d 'Who is unlocking the store [default: its only user, else the one named as the OS user]' -r
complete -c kabinet -n "__fish_kabinet_using_subcommand server; and __fish_seen_subcommand_from init" -l format -d 'Output format of lists and `show` (`ics`: `deadlines` only)' -r -f -a "table\t'A table fitted to the terminal'
json\t'One JSON document: an array for lists, an object for `show`'
csv\t'RFC 4180 CSV with a header row, UTF-8, ISO dates'
ics\t'iCalendar (RFC 5545), for `deadlines`'"
complete -c kabinet -n "__fish_kabinet_using_subcommand server; and __fish_seen_subcommand_from init" -l lang -d 'Interface language [default: KABINET_LANG, else ru when LANG/LC_ALL starts with ru, else en]' -r -f -a "ru\t''
en\t''"
complete -c kabinet -n "__fish_kabinet_using_subcommand server; and __fish_seen_subcommand_from init" -l holidays -d 'A file of extra or overriding days off and working days (format: see `kabinet calendar --help`)' -r -F
complete -c kabinet -n "__fish_kabinet_using_subcommand server; and __fish_seen_subcommand_from init" -s y -l yes -d 'Answer yes to confirmation prompts (required to delete when not on a terminal)'
complete -c kabinet -n "__fish_kabinet_using_subcommand server; and __fish_seen_subcommand_from init" -s q -l quiet -d 'Print only what was asked for: no confirmations, no warnings'
complete -c kabinet -n "__fish_kabinet_using_subcommand server; and __fish_seen_subcommand_from init" -l no-color -d 'No colours (also when NO_COLOR is set)'
complete -c kabinet -n "__fish_kabinet_using_subcommand server; and __fish_seen_subcommand_from init" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kabinet -n "__fish_kabinet_using_subcommand server; and __fish_seen_subcommand_from help" -f -a "init" -d 'Make an office on a PostgreSQL server: schema, roles, first admin, recovery key'
complete -c kabinet -n "__fish_kabinet_using_subcommand server; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c kabinet -n "__fish_kabinet_using_subcommand push" -l to -d 'The office: postgresql://host:port/database?user=NAME&office=NAME' -r
complete -c kabinet -n "__fish_kabinet_using_subcommand push" -l to-user -d 'Who you are in the office (an admin there) [default: --user]' -r
complete -c kabinet -n "__fish_kabinet_using_subcommand push" -l store -d 'Path of the store [default: $XDG_DATA_HOME/kabinet/kabinet.db]' -r -F
complete -c kabinet -n "__fish_kabinet_using_subcommand push" -l passphrase-file -d 'Read the passphrase from the first line of this file' -r -F
complete -c kabinet -n "__fish_kabinet_using_subcommand push" -l user -d 'Who is unlocking the store [default: its only user, else the one named as the OS user]' -r
complete -c kabinet -n "__fish_kabinet_using_subcommand push" -l format -d 'Output format of lists and `show` (`ics`: `deadlines` only)' -r -f -a "table\t'A table fitted to the terminal'
json\t'One JSON document: an array for lists, an object for `show`'
csv\t'RFC 4180 CSV with a header row, UTF-8, ISO dates'
ics\t'iCalendar (RFC 5545), for `deadlines`'"
complete -c kabinet -n "__fish_kabinet_using_subcommand push" -l lang -d 'Interface language [default: KABINET_LANG, else ru when LANG/LC_ALL starts with ru, else en]' -r -f -a "ru\t''
en\t''"
complete -c kabinet -n "__fish_kabinet_using_subcommand push" -l holidays -d 'A file of extra or overriding days off and working days (format: see `kabinet calendar --help`)' -r -F
complete -c kabinet -n "__fish_kabinet_using_subcommand push" -s y -l yes -d 'Answer yes to confirmation prompts (required to delete when not on a terminal)'
complete -c kabinet -n "__fish_kabinet_using_subcommand push" -s q -l quiet -d 'Print only what was asked for: no confirmations, no warnings'
complete -c kabinet -n "__fish_kabinet_using_subcommand push" -l no-color -d 'No colours (also when NO_COLOR is set)'
complete -c kabinet -n "__fish_kabinet_using_subcommand push" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kabinet -n "__fish_kabinet_using_subcommand record; and not __fish_seen_subcommand_from add list show edit delete amend help" -l store -d 'Path of the store [default: $XDG_DATA_HOME/kabinet/kabinet.db]' -r -F
complete -c kabinet -n "__fish_kabinet_using_subcommand record; and not __fish_seen_subcommand_from add list show edit delete amend help" -l passphrase-file -d 'Read the passphrase from the first line of this file' -r -F
complete -c kabinet -n "__fish_kabinet_using_subcommand record; and not __fish_seen_subcommand_from add list show edit delete amend help" -l user -d 'Who is unlocking the store [default: its only user, else the one named as the OS user]' -r
complete -c kabinet -n "__fish_kabinet_using_subcommand record; and not __fish_seen_subcommand_from add list show edit delete amend help" -l format -d 'Output format of lists and `show` (`ics`: `deadlines` only)' -r -f -a "table\t'A table fitted to the terminal'
json\t'One JSON document: an array for lists, an object for `show`'
csv\t'RFC 4180 CSV with a header row, UTF-8, ISO dates'
ics\t'iCalendar (RFC 5545), for `deadlines`'"
complete -c kabinet -n "__fish_kabinet_using_subcommand record; and not __fish_seen_subcommand_from add list show edit delete amend help" -l lang -d 'Interface language [default: KABINET_LANG, else ru when LANG/LC_ALL starts with ru, else en]' -r -f -a "ru\t''
en\t''"
complete -c kabinet -n "__fish_kabinet_using_subcommand record; and not __fish_seen_subcommand_from add list show edit delete amend help" -l holidays -d 'A file of extra or overriding days off and working days (format: see `kabinet calendar --help`)' -r -F
complete -c kabinet -n "__fish_kabinet_using_subcommand record; and not __fish_seen_subcommand_from add list show edit delete amend help" -s y -l yes -d 'Answer yes to confirmation prompts (required to delete when not on a terminal)'
complete -c kabinet -n "__fish_kabinet_using_subcommand record; and not __fish_seen_subcommand_from add list show edit delete amend help" -s q -l quiet -d 'Print only what was asked for: no confirmations, no warnings'
complete -c kabinet -n "__fish_kabinet_using_subcommand record; and not __fish_seen_subcommand_from add list show edit delete amend help" -l no-color -d 'No colours (also when NO_COLOR is set)'
complete -c kabinet -n "__fish_kabinet_using_subcommand record; and not __fish_seen_subcommand_from add list show edit delete amend help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kabinet -n "__fish_kabinet_using_subcommand record; and not __fish_seen_subcommand_from add list show edit delete amend help" -f -a "add" -d 'Add a record and print its ID'
complete -c kabinet -n "__fish_kabinet_using_subcommand record; and not __fish_seen_subcommand_from add list show edit delete amend help" -f -a "list" -d 'List records'
complete -c kabinet -n "__fish_kabinet_using_subcommand record; and not __fish_seen_subcommand_from add list show edit delete amend help" -f -a "show" -d 'Show one record with its edit window and amendments'
complete -c kabinet -n "__fish_kabinet_using_subcommand record; and not __fish_seen_subcommand_from add list show edit delete amend help" -f -a "edit" -d 'Change a record within 24 hours of its entry (later: use `amend`)'
complete -c kabinet -n "__fish_kabinet_using_subcommand record; and not __fish_seen_subcommand_from add list show edit delete amend help" -f -a "delete" -d 'Delete a record within 24 hours of its entry'
complete -c kabinet -n "__fish_kabinet_using_subcommand record; and not __fish_seen_subcommand_from add list show edit delete amend help" -f -a "amend" -d 'Correct a locked record: a new record supersedes it, and the original is kept'
complete -c kabinet -n "__fish_kabinet_using_subcommand record; and not __fish_seen_subcommand_from add list show edit delete amend help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c kabinet -n "__fish_kabinet_using_subcommand record; and __fish_seen_subcommand_from add" -l subject-id -d 'Who or what the event concerns: a person\'s or a case\'s number [required]' -r
complete -c kabinet -n "__fish_kabinet_using_subcommand record; and __fish_seen_subcommand_from add" -l subject-name -d 'Full name (ФИО) of the subject, no abbreviations' -r
complete -c kabinet -n "__fish_kabinet_using_subcommand record; and __fish_seen_subcommand_from add" -l event-date -l date -d 'Day of the event, never in the future [required]' -r
complete -c kabinet -n "__fish_kabinet_using_subcommand record; and __fish_seen_subcommand_from add" -l type -d 'Type of event: осмотр, прививка, консультация, направление, выплата… [required]' -r
complete -c kabinet -n "__fish_kabinet_using_subcommand record; and __fish_seen_subcommand_from add" -l subtype -d 'A finer category of the type' -r
complete -c kabinet -n "__fish_kabinet_using_subcommand record; and __fish_seen_subcommand_from add" -l result -d 'What came of it: заключение, сумма выплачена… [required]' -r
complete -c kabinet -n "__fish_kabinet_using_subcommand record; and __fish_seen_subcommand_from add" -l description -d 'Free-text description' -r
complete -c kabinet -n "__fish_kabinet_using_subcommand record; and __fish_seen_subcommand_from add" -l registry-no -d 'Registry number of the case' -r
complete -c kabinet -n "__fish_kabinet_using_subcommand record; and __fish_seen_subcommand_from add" -l amount -d 'Amount, with a dot and no thousands separators: 1500.50 (never below zero: a refund is its own event)' -r
complete -c kabinet -n "__fish_kabinet_using_subcommand record; and __fish_seen_subcommand_from add" -l snils -d 'СНИЛС of the subject, with or without separators' -r
complete -c kabinet -n "__fish_kabinet_using_subcommand record; and __fish_seen_subcommand_from add" -l oktmo -d 'ОКТМО code, 8 or 11 digits' -r
complete -c kabinet -n "__fish_kabinet_using_subcommand record; and __fish_seen_subcommand_from add" -l responsible -d 'Who is responsible' -r
complete -c kabinet -n "__fish_kabinet_using_subcommand record; and __fish_seen_subcommand_from add" -l follow-up-on -l follow-up -d 'When the next step is due (a repeat check-up): a deadline' -r
complete -c kabinet -n "__fish_kabinet_using_subcommand record; and __fish_seen_subcommand_from add" -l store -d 'Path of the store [default: $XDG_DATA_HOME/kabinet/kabinet.db]' -r -F
complete -c kabinet -n "__fish_kabinet_using_subcommand record; and __fish_seen_subcommand_from add" -l passphrase-file -d 'Read the passphrase from the first line of this file' -r -F
complete -c kabinet -n "__fish_kabinet_using_subcommand record; and __fish_seen_subcommand_from add" -l user -d 'Who is unlocking the store [default: its only user, else the one named as the OS user]' -r
complete -c kabinet -n "__fish_kabinet_using_subcommand record; and __fish_seen_subcommand_from add" -l format -d 'Output format of lists and `show` (`ics`: `deadlines` only)' -r -f -a "table\t'A table fitted to the terminal'
json\t'One JSON document: an array for lists, an object for `show`'
csv\t'RFC 4180 CSV with a header row, UTF-8, ISO dates'
ics\t'iCalendar (RFC 5545), for `deadlines`'"
complete -c kabinet -n "__fish_kabinet_using_subcommand record; and __fish_seen_subcommand_from add" -l lang -d 'Interface language [default: KABINET_LANG, else ru when LANG/LC_ALL starts with ru, else en]' -r -f -a "ru\t''
en\t''"
complete -c kabinet -n "__fish_kabinet_using_subcommand record; and __fish_seen_subcommand_from add" -l holidays -d 'A file of extra or overriding days off and working days (format: see `kabinet calendar --help`)' -r -F
complete -c kabinet -n "__fish_kabinet_using_subcommand record; and __fish_seen_subcommand_from add" -l force -d 'Add even if a record with the same subject, date, type and result exists'
complete -c kabinet -n "__fish_kabinet_using_subcommand record; and __fish_seen_subcommand_from add" -s y -l yes -d 'Answer yes to confirmation prompts (required to delete when not on a terminal)'
complete -c kabinet -n "__fish_kabinet_using_subcommand record; and __fish_seen_subcommand_from add" -s q -l quiet -d 'Print only what was asked for: no confirmations, no warnings'
complete -c kabinet -n "__fish_kabinet_using_subcommand record; and __fish_seen_subcommand_from add" -l no-color -d 'No colours (also when NO_COLOR is set)'
complete -c kabinet -n "__fish_kabinet_using_subcommand record; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kabinet -n "__fish_kabinet_using_subcommand record; and __fish_seen_subcommand_from list" -s n -l last -d 'Only the last N records (by event date), like `jrnl -n N`' -r
complete -c kabinet -n "__fish_kabinet_using_subcommand record; and __fish_seen_subcommand_from list" -l from -d 'Events on or after this day' -r
complete -c kabinet -n "__fish_kabinet_using_subcommand record; and __fish_seen_subcommand_from list" -l to -d 'Events on or before this day' -r
complete -c kabinet -n "__fish_kabinet_using_subcommand record; and __fish_seen_subcommand_from list" -l status -d 'Only this status: ok, late or amended' -r
complete -c kabinet -n "__fish_kabinet_using_subcommand record; and __fish_seen_subcommand_from list" -l text -d 'Text anywhere in the record (case-insensitive)' -r
complete -c kabinet -n "__fish_kabinet_using_subcommand record; and __fish_seen_subcommand_from list" -l type -d 'Only this type (case-insensitive)' -r
complete -c kabinet -n "__fish_kabinet_using_subcommand record; and __fish_seen_subcommand_from list" -l subject -d 'Subject ID, or part of the subject\'s name' -r
complete -c kabinet -n "__fish_kabinet_using_subcommand record; and __fish_seen_subcommand_from list" -l store -d 'Path of the store [default: $XDG_DATA_HOME/kabinet/kabinet.db]' -r -F
complete -c kabinet -n "__fish_kabinet_using_subcommand record; and __fish_seen_subcommand_from list" -l passphrase-file -d 'Read the passphrase from the first line of this file' -r -F
complete -c kabinet -n "__fish_kabinet_using_subcommand record; and __fish_seen_subcommand_from list" -l user -d 'Who is unlocking the store [default: its only user, else the one named as the OS user]' -r
complete -c kabinet -n "__fish_kabinet_using_subcommand record; and __fish_seen_subcommand_from list" -l format -d 'Output format of lists and `show` (`ics`: `deadlines` only)' -r -f -a "table\t'A table fitted to the terminal'
json\t'One JSON document: an array for lists, an object for `show`'
csv\t'RFC 4180 CSV with a header row, UTF-8, ISO dates'
ics\t'iCalendar (RFC 5545), for `deadlines`'"
complete -c kabinet -n "__fish_kabinet_using_subcommand record; and __fish_seen_subcommand_from list" -l lang -d 'Interface language [default: KABINET_LANG, else ru when LANG/LC_ALL starts with ru, else en]' -r -f -a "ru\t''
en\t''"
complete -c kabinet -n "__fish_kabinet_using_subcommand record; and __fish_seen_subcommand_from list" -l holidays -d 'A file of extra or overriding days off and working days (format: see `kabinet calendar --help`)' -r -F
complete -c kabinet -n "__fish_kabinet_using_subcommand record; and __fish_seen_subcommand_from list" -l all -d 'Include records superseded by an amendment'
complete -c kabinet -n "__fish_kabinet_using_subcommand record; and __fish_seen_subcommand_from list" -s y -l yes -d 'Answer yes to confirmation prompts (required to delete when not on a terminal)'
complete -c kabinet -n "__fish_kabinet_using_subcommand record; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print only what was asked for: no confirmations, no warnings'
complete -c kabinet -n "__fish_kabinet_using_subcommand record; and __fish_seen_subcommand_from list" -l no-color -d 'No colours (also when NO_COLOR is set)'
complete -c kabinet -n "__fish_kabinet_using_subcommand record; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kabinet -n "__fish_kabinet_using_subcommand record; and __fish_seen_subcommand_from show" -l store -d 'Path of the store [default: $XDG_DATA_HOME/kabinet/kabinet.db]' -r -F
complete -c kabinet -n "__fish_kabinet_using_subcommand record; and __fish_seen_subcommand_from show" -l passphrase-file -d 'Read the passphrase from the first line of this file' -r -F
complete -c kabinet -n "__fish_kabinet_using_subcommand record; and __fish_seen_subcommand_from show" -l user -d 'Who is unlocking the store [default: its only user, else the one named as the OS user]' -r
complete -c kabinet -n "__fish_kabinet_using_subcommand record; and __fish_seen_subcommand_from show" -l format -d 'Output format of lists and `show` (`ics`: `deadlines` only)' -r -f -a "table\t'A table fitted to the terminal'
json\t'One JSON document: an array for lists, an object for `show`'
csv\t'RFC 4180 CSV with a header row, UTF-8, ISO dates'
ics\t'iCalendar (RFC 5545), for `deadlines`'"
complete -c kabinet -n "__fish_kabinet_using_subcommand record; and __fish_seen_subcommand_from show" -l lang -d 'Interface language [default: KABINET_LANG, else ru when LANG/LC_ALL starts with ru, else en]' -r -f -a "ru\t''
en\t''"
complete -c kabinet -n "__fish_kabinet_using_subcommand record; and __fish_seen_subcommand_from show" -l holidays -d 'A file of extra or overriding days off and working days (format: see `kabinet calendar --help`)' -r -F
complete -c kabinet -n "__fish_kabinet_using_subcommand record; and __fish_seen_subcommand_from show" -s y -l yes -d 'Answer yes to confirmation prompts (required to delete when not on a terminal)'
complete -c kabinet -n "__fish_kabinet_using_subcommand record; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Print only what was asked for: no confirmations, no warnings'
complete -c kabinet -n "__fish_kabinet_using_subcommand record; and __fish_seen_subcommand_from show" -l no-color -d 'No colours (also when NO_COLOR is set)'
complete -c kabinet -n "__fish_kabinet_using_subcommand record; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kabinet -n "__fish_kabinet_using_subcommand record; and __fish_seen_subcommand_from edit" -l subject-id -d 'Who or what the event concerns: a person\'s or a case\'s number [required]' -r
complete -c kabinet -n "__fish_kabinet_using_subcommand record; and __fish_seen_subcommand_from edit" -l subject-name -d 'Full name (ФИО) of the subject, no abbreviations' -r
complete -c kabinet -n "__fish_kabinet_using_subcommand record; and __fish_seen_subcommand_from edit" -l event-date -l date -d 'Day of the event, never in the future [required]' -r
complete -c kabinet -n "__fish_kabinet_using_subcommand record; and __fish_seen_subcommand_from edit" -l type -d 'Type of event: осмотр, прививка, консультация, направление, выплата… [required]' -r
complete -c kabinet -n "__fish_kabinet_using_subcommand record; and __fish_seen_subcommand_from edit" -l subtype -d 'A finer category of the type' -r
complete -c kabinet -n "__fish_kabinet_using_subcommand record; and __fish_seen_subcommand_from edit" -l result -d 'What came of it: заключение, сумма выплачена… [required]' -r
complete -c kabinet -n "__fish_kabinet_using_subcommand record; and __fish_seen_subcommand_from edit" -l description -d 'Free-text description' -r
complete -c kabinet -n "__fish_kabinet_using_subcommand record; and __fish_seen_subcommand_from edit" -l registry-no -d 'Registry number of the case' -r
complete -c kabinet -n "__fish_kabinet_using_subcommand record; and __fish_seen_subcommand_from edit" -l amount -d 'Amount, with a dot and no thousands separators: 1500.50 (never below zero: a refund is its own event)' -r
complete -c kabinet -n "__fish_kabinet_using_subcommand record; and __fish_seen_subcommand_from edit" -l snils -d 'СНИЛС of the subject, with or without separators' -r
complete -c kabinet -n "__fish_kabinet_using_subcommand record; and __fish_seen_subcommand_from edit" -l oktmo -d 'ОКТМО code, 8 or 11 digits' -r
complete -c kabinet -n "__fish_kabinet_using_subcommand record; and __fish_seen_subcommand_from edit" -l responsible -d 'Who is responsible' -r
complete -c kabinet -n "__fish_kabinet_using_subcommand record; and __fish_seen_subcommand_from edit" -l follow-up-on -l follow-up -d 'When the next step is due (a repeat check-up): a deadline' -r
complete -c kabinet -n "__fish_kabinet_using_subcommand record; and __fish_seen_subcommand_from edit" -l store -d 'Path of the store [default: $XDG_DATA_HOME/kabinet/kabinet.db]' -r -F
complete -c kabinet -n "__fish_kabinet_using_subcommand record; and __fish_seen_subcommand_from edit" -l passphrase-file -d 'Read the passphrase from the first line of this file' -r -F
complete -c kabinet -n "__fish_kabinet_using_subcommand record; and __fish_seen_subcommand_from edit" -l user -d 'Who is unlocking the store [default: its only user, else the one named as the OS user]' -r
complete -c kabinet -n "__fish_kabinet_using_subcommand record; and __fish_seen_subcommand_from edit" -l format -d 'Output format of lists and `show` (`ics`: `deadlines` only)' -r -f -a "table\t'A table fitted to the terminal'
json\t'One JSON document: an array for lists, an object for `show`'
csv\t'RFC 4180 CSV with a header row, UTF-8, ISO dates'
ics\t'iCalendar (RFC 5545), for `deadlines`'"
complete -c kabinet -n "__fish_kabinet_using_subcommand record; and __fish_seen_subcommand_from edit" -l lang -d 'Interface language [default: KABINET_LANG, else ru when LANG/LC_ALL starts with ru, else en]' -r -f -a "ru\t''
en\t''"
complete -c kabinet -n "__fish_kabinet_using_subcommand record; and __fish_seen_subcommand_from edit" -l holidays -d 'A file of extra or overriding days off and working days (format: see `kabinet calendar --help`)' -r -F
complete -c kabinet -n "__fish_kabinet_using_subcommand record; and __fish_seen_subcommand_from edit" -l force -d 'Save even if the change makes it a duplicate of another record'
complete -c kabinet -n "__fish_kabinet_using_subcommand record; and __fish_seen_subcommand_from edit" -s y -l yes -d 'Answer yes to confirmation prompts (required to delete when not on a terminal)'
complete -c kabinet -n "__fish_kabinet_using_subcommand record; and __fish_seen_subcommand_from edit" -s q -l quiet -d 'Print only what was asked for: no confirmations, no warnings'
complete -c kabinet -n "__fish_kabinet_using_subcommand record; and __fish_seen_subcommand_from edit" -l no-color -d 'No colours (also when NO_COLOR is set)'
complete -c kabinet -n "__fish_kabinet_using_subcommand record; and __fish_seen_subcommand_from edit" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kabinet -n "__fish_kabinet_using_subcommand record; and __fish_seen_subcommand_from delete" -l store -d 'Path of the store [default: $XDG_DATA_HOME/kabinet/kabinet.db]' -r -F
complete -c kabinet -n "__fish_kabinet_using_subcommand record; and __fish_seen_subcommand_from delete" -l passphrase-file -d 'Read the passphrase from the first line of this file' -r -F
complete -c kabinet -n "__fish_kabinet_using_subcommand record; and __fish_seen_subcommand_from delete" -l user -d 'Who is unlocking the store [default: its only user, else the one named as the OS user]' -r
complete -c kabinet -n "__fish_kabinet_using_subcommand record; and __fish_seen_subcommand_from delete" -l format -d 'Output format of lists and `show` (`ics`: `deadlines` only)' -r -f -a "table\t'A table fitted to the terminal'
json\t'One JSON document: an array for lists, an object for `show`'
csv\t'RFC 4180 CSV with a header row, UTF-8, ISO dates'
ics\t'iCalendar (RFC 5545), for `deadlines`'"
complete -c kabinet -n "__fish_kabinet_using_subcommand record; and __fish_seen_subcommand_from delete" -l lang -d 'Interface language [default: KABINET_LANG, else ru when LANG/LC_ALL starts with ru, else en]' -r -f -a "ru\t''
en\t''"
complete -c kabinet -n "__fish_kabinet_using_subcommand record; and __fish_seen_subcommand_from delete" -l holidays -d 'A file of extra or overriding days off and working days (format: see `kabinet calendar --help`)' -r -F
complete -c kabinet -n "__fish_kabinet_using_subcommand record; and __fish_seen_subcommand_from delete" -s y -l yes -d 'Answer yes to confirmation prompts (required to delete when not on a terminal)'
complete -c kabinet -n "__fish_kabinet_using_subcommand record; and __fish_seen_subcommand_from delete" -s q -l quiet -d 'Print only what was asked for: no confirmations, no warnings'
complete -c kabinet -n "__fish_kabinet_using_subcommand record; and __fish_seen_subcommand_from delete" -l no-color -d 'No colours (also when NO_COLOR is set)'
complete -c kabinet -n "__fish_kabinet_using_subcommand record; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kabinet -n "__fish_kabinet_using_subcommand record; and __fish_seen_subcommand_from amend" -l subject-id -d 'Who or what the event concerns: a person\'s or a case\'s number [required]' -r
complete -c kabinet -n "__fish_kabinet_using_subcommand record; and __fish_seen_subcommand_from amend" -l subject-name -d 'Full name (ФИО) of the subject, no abbreviations' -r
complete -c kabinet -n "__fish_kabinet_using_subcommand record; and __fish_seen_subcommand_from amend" -l event-date -l date -d 'Day of the event, never in the future [required]' -r
complete -c kabinet -n "__fish_kabinet_using_subcommand record; and __fish_seen_subcommand_from amend" -l type -d 'Type of event: осмотр, прививка, консультация, направление, выплата… [required]' -r
complete -c kabinet -n "__fish_kabinet_using_subcommand record; and __fish_seen_subcommand_from amend" -l subtype -d 'A finer category of the type' -r
complete -c kabinet -n "__fish_kabinet_using_subcommand record; and __fish_seen_subcommand_from amend" -l result -d 'What came of it: заключение, сумма выплачена… [required]' -r
complete -c kabinet -n "__fish_kabinet_using_subcommand record; and __fish_seen_subcommand_from amend" -l description -d 'Free-text description' -r
complete -c kabinet -n "__fish_kabinet_using_subcommand record; and __fish_seen_subcommand_from amend" -l registry-no -d 'Registry number of the case' -r
complete -c kabinet -n "__fish_kabinet_using_subcommand record; and __fish_seen_subcommand_from amend" -l amount -d 'Amount, with a dot and no thousands separators: 1500.50 (never below zero: a refund is its own event)' -r
complete -c kabinet -n "__fish_kabinet_using_subcommand record; and __fish_seen_subcommand_from amend" -l snils -d 'СНИЛС of the subject, with or without separators' -r
complete -c kabinet -n "__fish_kabinet_using_subcommand record; and __fish_seen_subcommand_from amend" -l oktmo -d 'ОКТМО code, 8 or 11 digits' -r
complete -c kabinet -n "__fish_kabinet_using_subcommand record; and __fish_seen_subcommand_from amend" -l responsible -d 'Who is responsible' -r
complete -c kabinet -n "__fish_kabinet_using_subcommand record; and __fish_seen_subcommand_from amend" -l follow-up-on -l follow-up -d 'When the next step is due (a repeat check-up): a deadline' -r
complete -c kabinet -n "__fish_kabinet_using_subcommand record; and __fish_seen_subcommand_from amend" -l store -d 'Path of the store [default: $XDG_DATA_HOME/kabinet/kabinet.db]' -r -F
complete -c kabinet -n "__fish_kabinet_using_subcommand record; and __fish_seen_subcommand_from amend" -l passphrase-file -d 'Read the passphrase from the first line of this file' -r -F
complete -c kabinet -n "__fish_kabinet_using_subcommand record; and __fish_seen_subcommand_from amend" -l user -d 'Who is unlocking the store [default: its only user, else the one named as the OS user]' -r
complete -c kabinet -n "__fish_kabinet_using_subcommand record; and __fish_seen_subcommand_from amend" -l format -d 'Output format of lists and `show` (`ics`: `deadlines` only)' -r -f -a "table\t'A table fitted to the terminal'
json\t'One JSON document: an array for lists, an object for `show`'
csv\t'RFC 4180 CSV with a header row, UTF-8, ISO dates'
ics\t'iCalendar (RFC 5545), for `deadlines`'"
complete -c kabinet -n "__fish_kabinet_using_subcommand record; and __fish_seen_subcommand_from amend" -l lang -d 'Interface language [default: KABINET_LANG, else ru when LANG/LC_ALL starts with ru, else en]' -r -f -a "ru\t''
en\t''"
complete -c kabinet -n "__fish_kabinet_using_subcommand record; and __fish_seen_subcommand_from amend" -l holidays -d 'A file of extra or overriding days off and working days (format: see `kabinet calendar --help`)' -r -F
complete -c kabinet -n "__fish_kabinet_using_subcommand record; and __fish_seen_subcommand_from amend" -l force -d 'Save even if the amendment duplicates another record'
complete -c kabinet -n "__fish_kabinet_using_subcommand record; and __fish_seen_subcommand_from amend" -s y -l yes -d 'Answer yes to confirmation prompts (required to delete when not on a terminal)'
complete -c kabinet -n "__fish_kabinet_using_subcommand record; and __fish_seen_subcommand_from amend" -s q -l quiet -d 'Print only what was asked for: no confirmations, no warnings'
complete -c kabinet -n "__fish_kabinet_using_subcommand record; and __fish_seen_subcommand_from amend" -l no-color -d 'No colours (also when NO_COLOR is set)'
complete -c kabinet -n "__fish_kabinet_using_subcommand record; and __fish_seen_subcommand_from amend" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kabinet -n "__fish_kabinet_using_subcommand record; and __fish_seen_subcommand_from help" -f -a "add" -d 'Add a record and print its ID'
complete -c kabinet -n "__fish_kabinet_using_subcommand record; and __fish_seen_subcommand_from help" -f -a "list" -d 'List records'
complete -c kabinet -n "__fish_kabinet_using_subcommand record; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show one record with its edit window and amendments'
complete -c kabinet -n "__fish_kabinet_using_subcommand record; and __fish_seen_subcommand_from help" -f -a "edit" -d 'Change a record within 24 hours of its entry (later: use `amend`)'
complete -c kabinet -n "__fish_kabinet_using_subcommand record; and __fish_seen_subcommand_from help" -f -a "delete" -d 'Delete a record within 24 hours of its entry'
complete -c kabinet -n "__fish_kabinet_using_subcommand record; and __fish_seen_subcommand_from help" -f -a "amend" -d 'Correct a locked record: a new record supersedes it, and the original is kept'
complete -c kabinet -n "__fish_kabinet_using_subcommand record; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c kabinet -n "__fish_kabinet_using_subcommand doc; and not __fish_seen_subcommand_from add list show edit renew archive delete help" -l store -d 'Path of the store [default: $XDG_DATA_HOME/kabinet/kabinet.db]' -r -F
complete -c kabinet -n "__fish_kabinet_using_subcommand doc; and not __fish_seen_subcommand_from add list show edit renew archive delete help" -l passphrase-file -d 'Read the passphrase from the first line of this file' -r -F
complete -c kabinet -n "__fish_kabinet_using_subcommand doc; and not __fish_seen_subcommand_from add list show edit renew archive delete help" -l user -d 'Who is unlocking the store [default: its only user, else the one named as the OS user]' -r
complete -c kabinet -n "__fish_kabinet_using_subcommand doc; and not __fish_seen_subcommand_from add list show edit renew archive delete help" -l format -d 'Output format of lists and `show` (`ics`: `deadlines` only)' -r -f -a "table\t'A table fitted to the terminal'
json\t'One JSON document: an array for lists, an object for `show`'
csv\t'RFC 4180 CSV with a header row, UTF-8, ISO dates'
ics\t'iCalendar (RFC 5545), for `deadlines`'"
complete -c kabinet -n "__fish_kabinet_using_subcommand doc; and not __fish_seen_subcommand_from add list show edit renew archive delete help" -l lang -d 'Interface language [default: KABINET_LANG, else ru when LANG/LC_ALL starts with ru, else en]' -r -f -a "ru\t''
en\t''"
complete -c kabinet -n "__fish_kabinet_using_subcommand doc; and not __fish_seen_subcommand_from add list show edit renew archive delete help" -l holidays -d 'A file of extra or overriding days off and working days (format: see `kabinet calendar --help`)' -r -F
complete -c kabinet -n "__fish_kabinet_using_subcommand doc; and not __fish_seen_subcommand_from add list show edit renew archive delete help" -s y -l yes -d 'Answer yes to confirmation prompts (required to delete when not on a terminal)'
complete -c kabinet -n "__fish_kabinet_using_subcommand doc; and not __fish_seen_subcommand_from add list show edit renew archive delete help" -s q -l quiet -d 'Print only what was asked for: no confirmations, no warnings'
complete -c kabinet -n "__fish_kabinet_using_subcommand doc; and not __fish_seen_subcommand_from add list show edit renew archive delete help" -l no-color -d 'No colours (also when NO_COLOR is set)'
complete -c kabinet -n "__fish_kabinet_using_subcommand doc; and not __fish_seen_subcommand_from add list show edit renew archive delete help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kabinet -n "__fish_kabinet_using_subcommand doc; and not __fish_seen_subcommand_from add list show edit renew archive delete help" -f -a "add" -d 'Add a document and print its ID'
complete -c kabinet -n "__fish_kabinet_using_subcommand doc; and not __fish_seen_subcommand_from add list show edit renew archive delete help" -f -a "list" -d 'List documents with their status (valid, expiring, expired, indefinite, archived)'
complete -c kabinet -n "__fish_kabinet_using_subcommand doc; and not __fish_seen_subcommand_from add list show edit renew archive delete help" -f -a "show" -d 'Show one document with its status and days left'
complete -c kabinet -n "__fish_kabinet_using_subcommand doc; and not __fish_seen_subcommand_from add list show edit renew archive delete help" -f -a "edit" -d 'Change a document\'s fields'
complete -c kabinet -n "__fish_kabinet_using_subcommand doc; and not __fish_seen_subcommand_from add list show edit renew archive delete help" -f -a "renew" -d 'Replace a document by a new one: the old one is archived and linked to the new'
complete -c kabinet -n "__fish_kabinet_using_subcommand doc; and not __fish_seen_subcommand_from add list show edit renew archive delete help" -f -a "archive" -d 'Archive a document that is no longer in use'
complete -c kabinet -n "__fish_kabinet_using_subcommand doc; and not __fish_seen_subcommand_from add list show edit renew archive delete help" -f -a "delete" -d 'Delete a document'
complete -c kabinet -n "__fish_kabinet_using_subcommand doc; and not __fish_seen_subcommand_from add list show edit renew archive delete help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c kabinet -n "__fish_kabinet_using_subcommand doc; and __fish_seen_subcommand_from add" -l holder -d 'Holder\'s full name (ФИО) [required]' -r
complete -c kabinet -n "__fish_kabinet_using_subcommand doc; and __fish_seen_subcommand_from add" -l holder-snils -d 'Holder\'s СНИЛС' -r
complete -c kabinet -n "__fish_kabinet_using_subcommand doc; and __fish_seen_subcommand_from add" -l kind -d 'passport, foreign_passport, driver_license, snils, inn, oms_policy, birth_certificate, medical_certificate, vehicle_registration, license, contract, other (or the Russian name: паспорт, права, полис ОМС…) [required]' -r
complete -c kabinet -n "__fish_kabinet_using_subcommand doc; and __fish_seen_subcommand_from add" -l series -d 'Series, e.g. 45 06' -r
complete -c kabinet -n "__fish_kabinet_using_subcommand doc; and __fish_seen_subcommand_from add" -l number -d 'Number' -r
complete -c kabinet -n "__fish_kabinet_using_subcommand doc; and __fish_seen_subcommand_from add" -l issued-on -l issued -d 'Day of issue, not in the future [required]' -r
complete -c kabinet -n "__fish_kabinet_using_subcommand doc; and __fish_seen_subcommand_from add" -l issued-by -d 'Issuing authority' -r
complete -c kabinet -n "__fish_kabinet_using_subcommand doc; and __fish_seen_subcommand_from add" -l department-code -d 'Department code, NNN-NNN' -r
complete -c kabinet -n "__fish_kabinet_using_subcommand doc; and __fish_seen_subcommand_from add" -l expires-on -l expires -d 'Last day of validity; empty means indefinite (бессрочно)' -r
complete -c kabinet -n "__fish_kabinet_using_subcommand doc; and __fish_seen_subcommand_from add" -l notes -d 'Notes' -r
complete -c kabinet -n "__fish_kabinet_using_subcommand doc; and __fish_seen_subcommand_from add" -l email -d 'The holder\'s e-mail: their reminders go there (`kabinet notify`)' -r
complete -c kabinet -n "__fish_kabinet_using_subcommand doc; and __fish_seen_subcommand_from add" -l phone -d 'The holder\'s phone, for a reminder by SMS: +7 and ten digits, as written (8 912 345-67-89)' -r
complete -c kabinet -n "__fish_kabinet_using_subcommand doc; and __fish_seen_subcommand_from add" -l store -d 'Path of the store [default: $XDG_DATA_HOME/kabinet/kabinet.db]' -r -F
complete -c kabinet -n "__fish_kabinet_using_subcommand doc; and __fish_seen_subcommand_from add" -l passphrase-file -d 'Read the passphrase from the first line of this file' -r -F
complete -c kabinet -n "__fish_kabinet_using_subcommand doc; and __fish_seen_subcommand_from add" -l user -d 'Who is unlocking the store [default: its only user, else the one named as the OS user]' -r
complete -c kabinet -n "__fish_kabinet_using_subcommand doc; and __fish_seen_subcommand_from add" -l format -d 'Output format of lists and `show` (`ics`: `deadlines` only)' -r -f -a "table\t'A table fitted to the terminal'
json\t'One JSON document: an array for lists, an object for `show`'
csv\t'RFC 4180 CSV with a header row, UTF-8, ISO dates'
ics\t'iCalendar (RFC 5545), for `deadlines`'"
complete -c kabinet -n "__fish_kabinet_using_subcommand doc; and __fish_seen_subcommand_from add" -l lang -d 'Interface language [default: KABINET_LANG, else ru when LANG/LC_ALL starts with ru, else en]' -r -f -a "ru\t''
en\t''"
complete -c kabinet -n "__fish_kabinet_using_subcommand doc; and __fish_seen_subcommand_from add" -l holidays -d 'A file of extra or overriding days off and working days (format: see `kabinet calendar --help`)' -r -F
complete -c kabinet -n "__fish_kabinet_using_subcommand doc; and __fish_seen_subcommand_from add" -l force -d 'Add even if a document of this kind, series and number exists'
complete -c kabinet -n "__fish_kabinet_using_subcommand doc; and __fish_seen_subcommand_from add" -s y -l yes -d 'Answer yes to confirmation prompts (required to delete when not on a terminal)'
complete -c kabinet -n "__fish_kabinet_using_subcommand doc; and __fish_seen_subcommand_from add" -s q -l quiet -d 'Print only what was asked for: no confirmations, no warnings'
complete -c kabinet -n "__fish_kabinet_using_subcommand doc; and __fish_seen_subcommand_from add" -l no-color -d 'No colours (also when NO_COLOR is set)'
complete -c kabinet -n "__fish_kabinet_using_subcommand doc; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kabinet -n "__fish_kabinet_using_subcommand doc; and __fish_seen_subcommand_from list" -l kind -d 'Only this kind' -r
complete -c kabinet -n "__fish_kabinet_using_subcommand doc; and __fish_seen_subcommand_from list" -l status -d 'Only this status: valid, expiring, expired, indefinite, archived' -r
complete -c kabinet -n "__fish_kabinet_using_subcommand doc; and __fish_seen_subcommand_from list" -l text -d 'Text anywhere in the document (case-insensitive)' -r
complete -c kabinet -n "__fish_kabinet_using_subcommand doc; and __fish_seen_subcommand_from list" -l holder -d 'Part of the holder\'s name' -r
complete -c kabinet -n "__fish_kabinet_using_subcommand doc; and __fish_seen_subcommand_from list" -l store -d 'Path of the store [default: $XDG_DATA_HOME/kabinet/kabinet.db]' -r -F
complete -c kabinet -n "__fish_kabinet_using_subcommand doc; and __fish_seen_subcommand_from list" -l passphrase-file -d 'Read the passphrase from the first line of this file' -r -F
complete -c kabinet -n "__fish_kabinet_using_subcommand doc; and __fish_seen_subcommand_from list" -l user -d 'Who is unlocking the store [default: its only user, else the one named as the OS user]' -r
complete -c kabinet -n "__fish_kabinet_using_subcommand doc; and __fish_seen_subcommand_from list" -l format -d 'Output format of lists and `show` (`ics`: `deadlines` only)' -r -f -a "table\t'A table fitted to the terminal'
json\t'One JSON document: an array for lists, an object for `show`'
csv\t'RFC 4180 CSV with a header row, UTF-8, ISO dates'
ics\t'iCalendar (RFC 5545), for `deadlines`'"
complete -c kabinet -n "__fish_kabinet_using_subcommand doc; and __fish_seen_subcommand_from list" -l lang -d 'Interface language [default: KABINET_LANG, else ru when LANG/LC_ALL starts with ru, else en]' -r -f -a "ru\t''
en\t''"
complete -c kabinet -n "__fish_kabinet_using_subcommand doc; and __fish_seen_subcommand_from list" -l holidays -d 'A file of extra or overriding days off and working days (format: see `kabinet calendar --help`)' -r -F
complete -c kabinet -n "__fish_kabinet_using_subcommand doc; and __fish_seen_subcommand_from list" -l all -d 'Include archived documents'
complete -c kabinet -n "__fish_kabinet_using_subcommand doc; and __fish_seen_subcommand_from list" -s y -l yes -d 'Answer yes to confirmation prompts (required to delete when not on a terminal)'
complete -c kabinet -n "__fish_kabinet_using_subcommand doc; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print only what was asked for: no confirmations, no warnings'
complete -c kabinet -n "__fish_kabinet_using_subcommand doc; and __fish_seen_subcommand_from list" -l no-color -d 'No colours (also when NO_COLOR is set)'
complete -c kabinet -n "__fish_kabinet_using_subcommand doc; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kabinet -n "__fish_kabinet_using_subcommand doc; and __fish_seen_subcommand_from show" -l store -d 'Path of the store [default: $XDG_DATA_HOME/kabinet/kabinet.db]' -r -F
complete -c kabinet -n "__fish_kabinet_using_subcommand doc; and __fish_seen_subcommand_from show" -l passphrase-file -d 'Read the passphrase from the first line of this file' -r -F
complete -c kabinet -n "__fish_kabinet_using_subcommand doc; and __fish_seen_subcommand_from show" -l user -d 'Who is unlocking the store [default: its only user, else the one named as the OS user]' -r
complete -c kabinet -n "__fish_kabinet_using_subcommand doc; and __fish_seen_subcommand_from show" -l format -d 'Output format of lists and `show` (`ics`: `deadlines` only)' -r -f -a "table\t'A table fitted to the terminal'
json\t'One JSON document: an array for lists, an object for `show`'
csv\t'RFC 4180 CSV with a header row, UTF-8, ISO dates'
ics\t'iCalendar (RFC 5545), for `deadlines`'"
complete -c kabinet -n "__fish_kabinet_using_subcommand doc; and __fish_seen_subcommand_from show" -l lang -d 'Interface language [default: KABINET_LANG, else ru when LANG/LC_ALL starts with ru, else en]' -r -f -a "ru\t''
en\t''"
complete -c kabinet -n "__fish_kabinet_using_subcommand doc; and __fish_seen_subcommand_from show" -l holidays -d 'A file of extra or overriding days off and working days (format: see `kabinet calendar --help`)' -r -F
complete -c kabinet -n "__fish_kabinet_using_subcommand doc; and __fish_seen_subcommand_from show" -s y -l yes -d 'Answer yes to confirmation prompts (required to delete when not on a terminal)'
complete -c kabinet -n "__fish_kabinet_using_subcommand doc; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Print only what was asked for: no confirmations, no warnings'
complete -c kabinet -n "__fish_kabinet_using_subcommand doc; and __fish_seen_subcommand_from show" -l no-color -d 'No colours (also when NO_COLOR is set)'
complete -c kabinet -n "__fish_kabinet_using_subcommand doc; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kabinet -n "__fish_kabinet_using_subcommand doc; and __fish_seen_subcommand_from edit" -l holder -d 'Holder\'s full name (ФИО) [required]' -r
complete -c kabinet -n "__fish_kabinet_using_subcommand doc; and __fish_seen_subcommand_from edit" -l holder-snils -d 'Holder\'s СНИЛС' -r
complete -c kabinet -n "__fish_kabinet_using_subcommand doc; and __fish_seen_subcommand_from edit" -l kind -d 'passport, foreign_passport, driver_license, snils, inn, oms_policy, birth_certificate, medical_certificate, vehicle_registration, license, contract, other (or the Russian name: паспорт, права, полис ОМС…) [required]' -r
complete -c kabinet -n "__fish_kabinet_using_subcommand doc; and __fish_seen_subcommand_from edit" -l series -d 'Series, e.g. 45 06' -r
complete -c kabinet -n "__fish_kabinet_using_subcommand doc; and __fish_seen_subcommand_from edit" -l number -d 'Number' -r
complete -c kabinet -n "__fish_kabinet_using_subcommand doc; and __fish_seen_subcommand_from edit" -l issued-on -l issued -d 'Day of issue, not in the future [required]' -r
complete -c kabinet -n "__fish_kabinet_using_subcommand doc; and __fish_seen_subcommand_from edit" -l issued-by -d 'Issuing authority' -r
complete -c kabinet -n "__fish_kabinet_using_subcommand doc; and __fish_seen_subcommand_from edit" -l department-code -d 'Department code, NNN-NNN' -r
complete -c kabinet -n "__fish_kabinet_using_subcommand doc; and __fish_seen_subcommand_from edit" -l expires-on -l expires -d 'Last day of validity; empty means indefinite (бессрочно)' -r
complete -c kabinet -n "__fish_kabinet_using_subcommand doc; and __fish_seen_subcommand_from edit" -l notes -d 'Notes' -r
complete -c kabinet -n "__fish_kabinet_using_subcommand doc; and __fish_seen_subcommand_from edit" -l email -d 'The holder\'s e-mail: their reminders go there (`kabinet notify`)' -r
complete -c kabinet -n "__fish_kabinet_using_subcommand doc; and __fish_seen_subcommand_from edit" -l phone -d 'The holder\'s phone, for a reminder by SMS: +7 and ten digits, as written (8 912 345-67-89)' -r
complete -c kabinet -n "__fish_kabinet_using_subcommand doc; and __fish_seen_subcommand_from edit" -l store -d 'Path of the store [default: $XDG_DATA_HOME/kabinet/kabinet.db]' -r -F
complete -c kabinet -n "__fish_kabinet_using_subcommand doc; and __fish_seen_subcommand_from edit" -l passphrase-file -d 'Read the passphrase from the first line of this file' -r -F
complete -c kabinet -n "__fish_kabinet_using_subcommand doc; and __fish_seen_subcommand_from edit" -l user -d 'Who is unlocking the store [default: its only user, else the one named as the OS user]' -r
complete -c kabinet -n "__fish_kabinet_using_subcommand doc; and __fish_seen_subcommand_from edit" -l format -d 'Output format of lists and `show` (`ics`: `deadlines` only)' -r -f -a "table\t'A table fitted to the terminal'
json\t'One JSON document: an array for lists, an object for `show`'
csv\t'RFC 4180 CSV with a header row, UTF-8, ISO dates'
ics\t'iCalendar (RFC 5545), for `deadlines`'"
complete -c kabinet -n "__fish_kabinet_using_subcommand doc; and __fish_seen_subcommand_from edit" -l lang -d 'Interface language [default: KABINET_LANG, else ru when LANG/LC_ALL starts with ru, else en]' -r -f -a "ru\t''
en\t''"
complete -c kabinet -n "__fish_kabinet_using_subcommand doc; and __fish_seen_subcommand_from edit" -l holidays -d 'A file of extra or overriding days off and working days (format: see `kabinet calendar --help`)' -r -F
complete -c kabinet -n "__fish_kabinet_using_subcommand doc; and __fish_seen_subcommand_from edit" -l force -d 'Save even if the change duplicates another document'
complete -c kabinet -n "__fish_kabinet_using_subcommand doc; and __fish_seen_subcommand_from edit" -s y -l yes -d 'Answer yes to confirmation prompts (required to delete when not on a terminal)'
complete -c kabinet -n "__fish_kabinet_using_subcommand doc; and __fish_seen_subcommand_from edit" -s q -l quiet -d 'Print only what was asked for: no confirmations, no warnings'
complete -c kabinet -n "__fish_kabinet_using_subcommand doc; and __fish_seen_subcommand_from edit" -l no-color -d 'No colours (also when NO_COLOR is set)'
complete -c kabinet -n "__fish_kabinet_using_subcommand doc; and __fish_seen_subcommand_from edit" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kabinet -n "__fish_kabinet_using_subcommand doc; and __fish_seen_subcommand_from renew" -l holder -d 'Holder\'s full name (ФИО) [required]' -r
complete -c kabinet -n "__fish_kabinet_using_subcommand doc; and __fish_seen_subcommand_from renew" -l holder-snils -d 'Holder\'s СНИЛС' -r
complete -c kabinet -n "__fish_kabinet_using_subcommand doc; and __fish_seen_subcommand_from renew" -l kind -d 'passport, foreign_passport, driver_license, snils, inn, oms_policy, birth_certificate, medical_certificate, vehicle_registration, license, contract, other (or the Russian name: паспорт, права, полис ОМС…) [required]' -r
complete -c kabinet -n "__fish_kabinet_using_subcommand doc; and __fish_seen_subcommand_from renew" -l series -d 'Series, e.g. 45 06' -r
complete -c kabinet -n "__fish_kabinet_using_subcommand doc; and __fish_seen_subcommand_from renew" -l number -d 'Number' -r
complete -c kabinet -n "__fish_kabinet_using_subcommand doc; and __fish_seen_subcommand_from renew" -l issued-on -l issued -d 'Day of issue, not in the future [required]' -r
complete -c kabinet -n "__fish_kabinet_using_subcommand doc; and __fish_seen_subcommand_from renew" -l issued-by -d 'Issuing authority' -r
complete -c kabinet -n "__fish_kabinet_using_subcommand doc; and __fish_seen_subcommand_from renew" -l department-code -d 'Department code, NNN-NNN' -r
complete -c kabinet -n "__fish_kabinet_using_subcommand doc; and __fish_seen_subcommand_from renew" -l expires-on -l expires -d 'Last day of validity; empty means indefinite (бессрочно)' -r
complete -c kabinet -n "__fish_kabinet_using_subcommand doc; and __fish_seen_subcommand_from renew" -l notes -d 'Notes' -r
complete -c kabinet -n "__fish_kabinet_using_subcommand doc; and __fish_seen_subcommand_from renew" -l email -d 'The holder\'s e-mail: their reminders go there (`kabinet notify`)' -r
complete -c kabinet -n "__fish_kabinet_using_subcommand doc; and __fish_seen_subcommand_from renew" -l phone -d 'The holder\'s phone, for a reminder by SMS: +7 and ten digits, as written (8 912 345-67-89)' -r
complete -c kabinet -n "__fish_kabinet_using_subcommand doc; and __fish_seen_subcommand_from renew" -l store -d 'Path of the store [default: $XDG_DATA_HOME/kabinet/kabinet.db]' -r -F
complete -c kabinet -n "__fish_kabinet_using_subcommand doc; and __fish_seen_subcommand_from renew" -l passphrase-file -d 'Read the passphrase from the first line of this file' -r -F
complete -c kabinet -n "__fish_kabinet_using_subcommand doc; and __fish_seen_subcommand_from renew" -l user -d 'Who is unlocking the store [default: its only user, else the one named as the OS user]' -r
complete -c kabinet -n "__fish_kabinet_using_subcommand doc; and __fish_seen_subcommand_from renew" -l format -d 'Output format of lists and `show` (`ics`: `deadlines` only)' -r -f -a "table\t'A table fitted to the terminal'
json\t'One JSON document: an array for lists, an object for `show`'
csv\t'RFC 4180 CSV with a header row, UTF-8, ISO dates'
ics\t'iCalendar (RFC 5545), for `deadlines`'"
complete -c kabinet -n "__fish_kabinet_using_subcommand doc; and __fish_seen_subcommand_from renew" -l lang -d 'Interface language [default: KABINET_LANG, else ru when LANG/LC_ALL starts with ru, else en]' -r -f -a "ru\t''
en\t''"
complete -c kabinet -n "__fish_kabinet_using_subcommand doc; and __fish_seen_subcommand_from renew" -l holidays -d 'A file of extra or overriding days off and working days (format: see `kabinet calendar --help`)' -r -F
complete -c kabinet -n "__fish_kabinet_using_subcommand doc; and __fish_seen_subcommand_from renew" -l force -d 'Add even if the new document duplicates another'
complete -c kabinet -n "__fish_kabinet_using_subcommand doc; and __fish_seen_subcommand_from renew" -s y -l yes -d 'Answer yes to confirmation prompts (required to delete when not on a terminal)'
complete -c kabinet -n "__fish_kabinet_using_subcommand doc; and __fish_seen_subcommand_from renew" -s q -l quiet -d 'Print only what was asked for: no confirmations, no warnings'
complete -c kabinet -n "__fish_kabinet_using_subcommand doc; and __fish_seen_subcommand_from renew" -l no-color -d 'No colours (also when NO_COLOR is set)'
complete -c kabinet -n "__fish_kabinet_using_subcommand doc; and __fish_seen_subcommand_from renew" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kabinet -n "__fish_kabinet_using_subcommand doc; and __fish_seen_subcommand_from archive" -l store -d 'Path of the store [default: $XDG_DATA_HOME/kabinet/kabinet.db]' -r -F
complete -c kabinet -n "__fish_kabinet_using_subcommand doc; and __fish_seen_subcommand_from archive" -l passphrase-file -d 'Read the passphrase from the first line of this file' -r -F
complete -c kabinet -n "__fish_kabinet_using_subcommand doc; and __fish_seen_subcommand_from archive" -l user -d 'Who is unlocking the store [default: its only user, else the one named as the OS user]' -r
complete -c kabinet -n "__fish_kabinet_using_subcommand doc; and __fish_seen_subcommand_from archive" -l format -d 'Output format of lists and `show` (`ics`: `deadlines` only)' -r -f -a "table\t'A table fitted to the terminal'
json\t'One JSON document: an array for lists, an object for `show`'
csv\t'RFC 4180 CSV with a header row, UTF-8, ISO dates'
ics\t'iCalendar (RFC 5545), for `deadlines`'"
complete -c kabinet -n "__fish_kabinet_using_subcommand doc; and __fish_seen_subcommand_from archive" -l lang -d 'Interface language [default: KABINET_LANG, else ru when LANG/LC_ALL starts with ru, else en]' -r -f -a "ru\t''
en\t''"
complete -c kabinet -n "__fish_kabinet_using_subcommand doc; and __fish_seen_subcommand_from archive" -l holidays -d 'A file of extra or overriding days off and working days (format: see `kabinet calendar --help`)' -r -F
complete -c kabinet -n "__fish_kabinet_using_subcommand doc; and __fish_seen_subcommand_from archive" -s y -l yes -d 'Answer yes to confirmation prompts (required to delete when not on a terminal)'
complete -c kabinet -n "__fish_kabinet_using_subcommand doc; and __fish_seen_subcommand_from archive" -s q -l quiet -d 'Print only what was asked for: no confirmations, no warnings'
complete -c kabinet -n "__fish_kabinet_using_subcommand doc; and __fish_seen_subcommand_from archive" -l no-color -d 'No colours (also when NO_COLOR is set)'
complete -c kabinet -n "__fish_kabinet_using_subcommand doc; and __fish_seen_subcommand_from archive" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kabinet -n "__fish_kabinet_using_subcommand doc; and __fish_seen_subcommand_from delete" -l store -d 'Path of the store [default: $XDG_DATA_HOME/kabinet/kabinet.db]' -r -F
complete -c kabinet -n "__fish_kabinet_using_subcommand doc; and __fish_seen_subcommand_from delete" -l passphrase-file -d 'Read the passphrase from the first line of this file' -r -F
complete -c kabinet -n "__fish_kabinet_using_subcommand doc; and __fish_seen_subcommand_from delete" -l user -d 'Who is unlocking the store [default: its only user, else the one named as the OS user]' -r
complete -c kabinet -n "__fish_kabinet_using_subcommand doc; and __fish_seen_subcommand_from delete" -l format -d 'Output format of lists and `show` (`ics`: `deadlines` only)' -r -f -a "table\t'A table fitted to the terminal'
json\t'One JSON document: an array for lists, an object for `show`'
csv\t'RFC 4180 CSV with a header row, UTF-8, ISO dates'
ics\t'iCalendar (RFC 5545), for `deadlines`'"
complete -c kabinet -n "__fish_kabinet_using_subcommand doc; and __fish_seen_subcommand_from delete" -l lang -d 'Interface language [default: KABINET_LANG, else ru when LANG/LC_ALL starts with ru, else en]' -r -f -a "ru\t''
en\t''"
complete -c kabinet -n "__fish_kabinet_using_subcommand doc; and __fish_seen_subcommand_from delete" -l holidays -d 'A file of extra or overriding days off and working days (format: see `kabinet calendar --help`)' -r -F
complete -c kabinet -n "__fish_kabinet_using_subcommand doc; and __fish_seen_subcommand_from delete" -l force -d 'Delete even if a scheduled appointment needs it'
complete -c kabinet -n "__fish_kabinet_using_subcommand doc; and __fish_seen_subcommand_from delete" -s y -l yes -d 'Answer yes to confirmation prompts (required to delete when not on a terminal)'
complete -c kabinet -n "__fish_kabinet_using_subcommand doc; and __fish_seen_subcommand_from delete" -s q -l quiet -d 'Print only what was asked for: no confirmations, no warnings'
complete -c kabinet -n "__fish_kabinet_using_subcommand doc; and __fish_seen_subcommand_from delete" -l no-color -d 'No colours (also when NO_COLOR is set)'
complete -c kabinet -n "__fish_kabinet_using_subcommand doc; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kabinet -n "__fish_kabinet_using_subcommand doc; and __fish_seen_subcommand_from help" -f -a "add" -d 'Add a document and print its ID'
complete -c kabinet -n "__fish_kabinet_using_subcommand doc; and __fish_seen_subcommand_from help" -f -a "list" -d 'List documents with their status (valid, expiring, expired, indefinite, archived)'
complete -c kabinet -n "__fish_kabinet_using_subcommand doc; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show one document with its status and days left'
complete -c kabinet -n "__fish_kabinet_using_subcommand doc; and __fish_seen_subcommand_from help" -f -a "edit" -d 'Change a document\'s fields'
complete -c kabinet -n "__fish_kabinet_using_subcommand doc; and __fish_seen_subcommand_from help" -f -a "renew" -d 'Replace a document by a new one: the old one is archived and linked to the new'
complete -c kabinet -n "__fish_kabinet_using_subcommand doc; and __fish_seen_subcommand_from help" -f -a "archive" -d 'Archive a document that is no longer in use'
complete -c kabinet -n "__fish_kabinet_using_subcommand doc; and __fish_seen_subcommand_from help" -f -a "delete" -d 'Delete a document'
complete -c kabinet -n "__fish_kabinet_using_subcommand doc; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c kabinet -n "__fish_kabinet_using_subcommand appt; and not __fish_seen_subcommand_from add list show edit reschedule cancel done no-show delete help" -l store -d 'Path of the store [default: $XDG_DATA_HOME/kabinet/kabinet.db]' -r -F
complete -c kabinet -n "__fish_kabinet_using_subcommand appt; and not __fish_seen_subcommand_from add list show edit reschedule cancel done no-show delete help" -l passphrase-file -d 'Read the passphrase from the first line of this file' -r -F
complete -c kabinet -n "__fish_kabinet_using_subcommand appt; and not __fish_seen_subcommand_from add list show edit reschedule cancel done no-show delete help" -l user -d 'Who is unlocking the store [default: its only user, else the one named as the OS user]' -r
complete -c kabinet -n "__fish_kabinet_using_subcommand appt; and not __fish_seen_subcommand_from add list show edit reschedule cancel done no-show delete help" -l format -d 'Output format of lists and `show` (`ics`: `deadlines` only)' -r -f -a "table\t'A table fitted to the terminal'
json\t'One JSON document: an array for lists, an object for `show`'
csv\t'RFC 4180 CSV with a header row, UTF-8, ISO dates'
ics\t'iCalendar (RFC 5545), for `deadlines`'"
complete -c kabinet -n "__fish_kabinet_using_subcommand appt; and not __fish_seen_subcommand_from add list show edit reschedule cancel done no-show delete help" -l lang -d 'Interface language [default: KABINET_LANG, else ru when LANG/LC_ALL starts with ru, else en]' -r -f -a "ru\t''
en\t''"
complete -c kabinet -n "__fish_kabinet_using_subcommand appt; and not __fish_seen_subcommand_from add list show edit reschedule cancel done no-show delete help" -l holidays -d 'A file of extra or overriding days off and working days (format: see `kabinet calendar --help`)' -r -F
complete -c kabinet -n "__fish_kabinet_using_subcommand appt; and not __fish_seen_subcommand_from add list show edit reschedule cancel done no-show delete help" -s y -l yes -d 'Answer yes to confirmation prompts (required to delete when not on a terminal)'
complete -c kabinet -n "__fish_kabinet_using_subcommand appt; and not __fish_seen_subcommand_from add list show edit reschedule cancel done no-show delete help" -s q -l quiet -d 'Print only what was asked for: no confirmations, no warnings'
complete -c kabinet -n "__fish_kabinet_using_subcommand appt; and not __fish_seen_subcommand_from add list show edit reschedule cancel done no-show delete help" -l no-color -d 'No colours (also when NO_COLOR is set)'
complete -c kabinet -n "__fish_kabinet_using_subcommand appt; and not __fish_seen_subcommand_from add list show edit reschedule cancel done no-show delete help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kabinet -n "__fish_kabinet_using_subcommand appt; and not __fish_seen_subcommand_from add list show edit reschedule cancel done no-show delete help" -f -a "add" -d 'Book an appointment and print its ID'
complete -c kabinet -n "__fish_kabinet_using_subcommand appt; and not __fish_seen_subcommand_from add list show edit reschedule cancel done no-show delete help" -f -a "list" -d 'List appointments'
complete -c kabinet -n "__fish_kabinet_using_subcommand appt; and not __fish_seen_subcommand_from add list show edit reschedule cancel done no-show delete help" -f -a "show" -d 'Show one appointment with reminders, documents to bring and its history'
complete -c kabinet -n "__fish_kabinet_using_subcommand appt; and not __fish_seen_subcommand_from add list show edit reschedule cancel done no-show delete help" -f -a "edit" -d 'Change an appointment\'s details (use `reschedule` to move it)'
complete -c kabinet -n "__fish_kabinet_using_subcommand appt; and not __fish_seen_subcommand_from add list show edit reschedule cancel done no-show delete help" -f -a "reschedule" -d 'Move an appointment; the old time stays in its history'
complete -c kabinet -n "__fish_kabinet_using_subcommand appt; and not __fish_seen_subcommand_from add list show edit reschedule cancel done no-show delete help" -f -a "cancel" -d 'Cancel an appointment (until 24 hours before the start)'
complete -c kabinet -n "__fish_kabinet_using_subcommand appt; and not __fish_seen_subcommand_from add list show edit reschedule cancel done no-show delete help" -f -a "done" -d 'Mark an appointment as attended'
complete -c kabinet -n "__fish_kabinet_using_subcommand appt; and not __fish_seen_subcommand_from add list show edit reschedule cancel done no-show delete help" -f -a "no-show" -d 'Mark an appointment as missed'
complete -c kabinet -n "__fish_kabinet_using_subcommand appt; and not __fish_seen_subcommand_from add list show edit reschedule cancel done no-show delete help" -f -a "delete" -d 'Delete an appointment and its history'
complete -c kabinet -n "__fish_kabinet_using_subcommand appt; and not __fish_seen_subcommand_from add list show edit reschedule cancel done no-show delete help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c kabinet -n "__fish_kabinet_using_subcommand appt; and __fish_seen_subcommand_from add" -l person -d 'Who goes' -r
complete -c kabinet -n "__fish_kabinet_using_subcommand appt; and __fish_seen_subcommand_from add" -l institution -d 'Institution: МФЦ, поликлиника, ГИБДД, ФНС… [required]' -r
complete -c kabinet -n "__fish_kabinet_using_subcommand appt; and __fish_seen_subcommand_from add" -l service -d 'Service booked [required]' -r
complete -c kabinet -n "__fish_kabinet_using_subcommand appt; and __fish_seen_subcommand_from add" -l office -d 'Office or address' -r
complete -c kabinet -n "__fish_kabinet_using_subcommand appt; and __fish_seen_subcommand_from add" -l starts-at -l at -d 'Start: \'ДД.ММ.ГГГГ ЧЧ:ММ\' or ISO 8601 [required]' -r
complete -c kabinet -n "__fish_kabinet_using_subcommand appt; and __fish_seen_subcommand_from add" -l duration-min -d 'Duration in minutes [default: 30]' -r
complete -c kabinet -n "__fish_kabinet_using_subcommand appt; and __fish_seen_subcommand_from add" -l confirmation-no -d 'Confirmation number given by the office' -r
complete -c kabinet -n "__fish_kabinet_using_subcommand appt; and __fish_seen_subcommand_from add" -l needs -d 'IDs of documents to bring: D-1,D-2' -r
complete -c kabinet -n "__fish_kabinet_using_subcommand appt; and __fish_seen_subcommand_from add" -l notes -d 'Notes' -r
complete -c kabinet -n "__fish_kabinet_using_subcommand appt; and __fish_seen_subcommand_from add" -l email -d 'The person\'s e-mail: their reminders go there (`kabinet notify`)' -r
complete -c kabinet -n "__fish_kabinet_using_subcommand appt; and __fish_seen_subcommand_from add" -l phone -d 'The person\'s phone, for a reminder by SMS: +7 and ten digits, as written (8 912 345-67-89)' -r
complete -c kabinet -n "__fish_kabinet_using_subcommand appt; and __fish_seen_subcommand_from add" -l store -d 'Path of the store [default: $XDG_DATA_HOME/kabinet/kabinet.db]' -r -F
complete -c kabinet -n "__fish_kabinet_using_subcommand appt; and __fish_seen_subcommand_from add" -l passphrase-file -d 'Read the passphrase from the first line of this file' -r -F
complete -c kabinet -n "__fish_kabinet_using_subcommand appt; and __fish_seen_subcommand_from add" -l user -d 'Who is unlocking the store [default: its only user, else the one named as the OS user]' -r
complete -c kabinet -n "__fish_kabinet_using_subcommand appt; and __fish_seen_subcommand_from add" -l format -d 'Output format of lists and `show` (`ics`: `deadlines` only)' -r -f -a "table\t'A table fitted to the terminal'
json\t'One JSON document: an array for lists, an object for `show`'
csv\t'RFC 4180 CSV with a header row, UTF-8, ISO dates'
ics\t'iCalendar (RFC 5545), for `deadlines`'"
complete -c kabinet -n "__fish_kabinet_using_subcommand appt; and __fish_seen_subcommand_from add" -l lang -d 'Interface language [default: KABINET_LANG, else ru when LANG/LC_ALL starts with ru, else en]' -r -f -a "ru\t''
en\t''"
complete -c kabinet -n "__fish_kabinet_using_subcommand appt; and __fish_seen_subcommand_from add" -l holidays -d 'A file of extra or overriding days off and working days (format: see `kabinet calendar --help`)' -r -F
complete -c kabinet -n "__fish_kabinet_using_subcommand appt; and __fish_seen_subcommand_from add" -l force -d 'Add even if the same person, institution, service and time exist'
complete -c kabinet -n "__fish_kabinet_using_subcommand appt; and __fish_seen_subcommand_from add" -s y -l yes -d 'Answer yes to confirmation prompts (required to delete when not on a terminal)'
complete -c kabinet -n "__fish_kabinet_using_subcommand appt; and __fish_seen_subcommand_from add" -s q -l quiet -d 'Print only what was asked for: no confirmations, no warnings'
complete -c kabinet -n "__fish_kabinet_using_subcommand appt; and __fish_seen_subcommand_from add" -l no-color -d 'No colours (also when NO_COLOR is set)'
complete -c kabinet -n "__fish_kabinet_using_subcommand appt; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kabinet -n "__fish_kabinet_using_subcommand appt; and __fish_seen_subcommand_from list" -l from -d 'Starting on or after this day' -r
complete -c kabinet -n "__fish_kabinet_using_subcommand appt; and __fish_seen_subcommand_from list" -l to -d 'Starting on or before this day' -r
complete -c kabinet -n "__fish_kabinet_using_subcommand appt; and __fish_seen_subcommand_from list" -l status -d 'Only this status: scheduled, done, no_show, cancelled' -r
complete -c kabinet -n "__fish_kabinet_using_subcommand appt; and __fish_seen_subcommand_from list" -l text -d 'Text anywhere in the appointment (case-insensitive)' -r
complete -c kabinet -n "__fish_kabinet_using_subcommand appt; and __fish_seen_subcommand_from list" -l person -d 'Part of the person\'s name' -r
complete -c kabinet -n "__fish_kabinet_using_subcommand appt; and __fish_seen_subcommand_from list" -l institution -d 'Part of the institution\'s name' -r
complete -c kabinet -n "__fish_kabinet_using_subcommand appt; and __fish_seen_subcommand_from list" -l store -d 'Path of the store [default: $XDG_DATA_HOME/kabinet/kabinet.db]' -r -F
complete -c kabinet -n "__fish_kabinet_using_subcommand appt; and __fish_seen_subcommand_from list" -l passphrase-file -d 'Read the passphrase from the first line of this file' -r -F
complete -c kabinet -n "__fish_kabinet_using_subcommand appt; and __fish_seen_subcommand_from list" -l user -d 'Who is unlocking the store [default: its only user, else the one named as the OS user]' -r
complete -c kabinet -n "__fish_kabinet_using_subcommand appt; and __fish_seen_subcommand_from list" -l format -d 'Output format of lists and `show` (`ics`: `deadlines` only)' -r -f -a "table\t'A table fitted to the terminal'
json\t'One JSON document: an array for lists, an object for `show`'
csv\t'RFC 4180 CSV with a header row, UTF-8, ISO dates'
ics\t'iCalendar (RFC 5545), for `deadlines`'"
complete -c kabinet -n "__fish_kabinet_using_subcommand appt; and __fish_seen_subcommand_from list" -l lang -d 'Interface language [default: KABINET_LANG, else ru when LANG/LC_ALL starts with ru, else en]' -r -f -a "ru\t''
en\t''"
complete -c kabinet -n "__fish_kabinet_using_subcommand appt; and __fish_seen_subcommand_from list" -l holidays -d 'A file of extra or overriding days off and working days (format: see `kabinet calendar --help`)' -r -F
complete -c kabinet -n "__fish_kabinet_using_subcommand appt; and __fish_seen_subcommand_from list" -l upcoming -d 'Only scheduled appointments from now on'
complete -c kabinet -n "__fish_kabinet_using_subcommand appt; and __fish_seen_subcommand_from list" -s y -l yes -d 'Answer yes to confirmation prompts (required to delete when not on a terminal)'
complete -c kabinet -n "__fish_kabinet_using_subcommand appt; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print only what was asked for: no confirmations, no warnings'
complete -c kabinet -n "__fish_kabinet_using_subcommand appt; and __fish_seen_subcommand_from list" -l no-color -d 'No colours (also when NO_COLOR is set)'
complete -c kabinet -n "__fish_kabinet_using_subcommand appt; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kabinet -n "__fish_kabinet_using_subcommand appt; and __fish_seen_subcommand_from show" -l store -d 'Path of the store [default: $XDG_DATA_HOME/kabinet/kabinet.db]' -r -F
complete -c kabinet -n "__fish_kabinet_using_subcommand appt; and __fish_seen_subcommand_from show" -l passphrase-file -d 'Read the passphrase from the first line of this file' -r -F
complete -c kabinet -n "__fish_kabinet_using_subcommand appt; and __fish_seen_subcommand_from show" -l user -d 'Who is unlocking the store [default: its only user, else the one named as the OS user]' -r
complete -c kabinet -n "__fish_kabinet_using_subcommand appt; and __fish_seen_subcommand_from show" -l format -d 'Output format of lists and `show` (`ics`: `deadlines` only)' -r -f -a "table\t'A table fitted to the terminal'
json\t'One JSON document: an array for lists, an object for `show`'
csv\t'RFC 4180 CSV with a header row, UTF-8, ISO dates'
ics\t'iCalendar (RFC 5545), for `deadlines`'"
complete -c kabinet -n "__fish_kabinet_using_subcommand appt; and __fish_seen_subcommand_from show" -l lang -d 'Interface language [default: KABINET_LANG, else ru when LANG/LC_ALL starts with ru, else en]' -r -f -a "ru\t''
en\t''"
complete -c kabinet -n "__fish_kabinet_using_subcommand appt; and __fish_seen_subcommand_from show" -l holidays -d 'A file of extra or overriding days off and working days (format: see `kabinet calendar --help`)' -r -F
complete -c kabinet -n "__fish_kabinet_using_subcommand appt; and __fish_seen_subcommand_from show" -s y -l yes -d 'Answer yes to confirmation prompts (required to delete when not on a terminal)'
complete -c kabinet -n "__fish_kabinet_using_subcommand appt; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Print only what was asked for: no confirmations, no warnings'
complete -c kabinet -n "__fish_kabinet_using_subcommand appt; and __fish_seen_subcommand_from show" -l no-color -d 'No colours (also when NO_COLOR is set)'
complete -c kabinet -n "__fish_kabinet_using_subcommand appt; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kabinet -n "__fish_kabinet_using_subcommand appt; and __fish_seen_subcommand_from edit" -l person -d 'Who goes' -r
complete -c kabinet -n "__fish_kabinet_using_subcommand appt; and __fish_seen_subcommand_from edit" -l institution -d 'Institution: МФЦ, поликлиника, ГИБДД, ФНС… [required]' -r
complete -c kabinet -n "__fish_kabinet_using_subcommand appt; and __fish_seen_subcommand_from edit" -l service -d 'Service booked [required]' -r
complete -c kabinet -n "__fish_kabinet_using_subcommand appt; and __fish_seen_subcommand_from edit" -l office -d 'Office or address' -r
complete -c kabinet -n "__fish_kabinet_using_subcommand appt; and __fish_seen_subcommand_from edit" -l starts-at -l at -d 'Start: \'ДД.ММ.ГГГГ ЧЧ:ММ\' or ISO 8601 [required]' -r
complete -c kabinet -n "__fish_kabinet_using_subcommand appt; and __fish_seen_subcommand_from edit" -l duration-min -d 'Duration in minutes [default: 30]' -r
complete -c kabinet -n "__fish_kabinet_using_subcommand appt; and __fish_seen_subcommand_from edit" -l confirmation-no -d 'Confirmation number given by the office' -r
complete -c kabinet -n "__fish_kabinet_using_subcommand appt; and __fish_seen_subcommand_from edit" -l needs -d 'IDs of documents to bring: D-1,D-2' -r
complete -c kabinet -n "__fish_kabinet_using_subcommand appt; and __fish_seen_subcommand_from edit" -l notes -d 'Notes' -r
complete -c kabinet -n "__fish_kabinet_using_subcommand appt; and __fish_seen_subcommand_from edit" -l email -d 'The person\'s e-mail: their reminders go there (`kabinet notify`)' -r
complete -c kabinet -n "__fish_kabinet_using_subcommand appt; and __fish_seen_subcommand_from edit" -l phone -d 'The person\'s phone, for a reminder by SMS: +7 and ten digits, as written (8 912 345-67-89)' -r
complete -c kabinet -n "__fish_kabinet_using_subcommand appt; and __fish_seen_subcommand_from edit" -l store -d 'Path of the store [default: $XDG_DATA_HOME/kabinet/kabinet.db]' -r -F
complete -c kabinet -n "__fish_kabinet_using_subcommand appt; and __fish_seen_subcommand_from edit" -l passphrase-file -d 'Read the passphrase from the first line of this file' -r -F
complete -c kabinet -n "__fish_kabinet_using_subcommand appt; and __fish_seen_subcommand_from edit" -l user -d 'Who is unlocking the store [default: its only user, else the one named as the OS user]' -r
complete -c kabinet -n "__fish_kabinet_using_subcommand appt; and __fish_seen_subcommand_from edit" -l format -d 'Output format of lists and `show` (`ics`: `deadlines` only)' -r -f -a "table\t'A table fitted to the terminal'
json\t'One JSON document: an array for lists, an object for `show`'
csv\t'RFC 4180 CSV with a header row, UTF-8, ISO dates'
ics\t'iCalendar (RFC 5545), for `deadlines`'"
complete -c kabinet -n "__fish_kabinet_using_subcommand appt; and __fish_seen_subcommand_from edit" -l lang -d 'Interface language [default: KABINET_LANG, else ru when LANG/LC_ALL starts with ru, else en]' -r -f -a "ru\t''
en\t''"
complete -c kabinet -n "__fish_kabinet_using_subcommand appt; and __fish_seen_subcommand_from edit" -l holidays -d 'A file of extra or overriding days off and working days (format: see `kabinet calendar --help`)' -r -F
complete -c kabinet -n "__fish_kabinet_using_subcommand appt; and __fish_seen_subcommand_from edit" -l force -d 'Save even if the change duplicates another appointment'
complete -c kabinet -n "__fish_kabinet_using_subcommand appt; and __fish_seen_subcommand_from edit" -s y -l yes -d 'Answer yes to confirmation prompts (required to delete when not on a terminal)'
complete -c kabinet -n "__fish_kabinet_using_subcommand appt; and __fish_seen_subcommand_from edit" -s q -l quiet -d 'Print only what was asked for: no confirmations, no warnings'
complete -c kabinet -n "__fish_kabinet_using_subcommand appt; and __fish_seen_subcommand_from edit" -l no-color -d 'No colours (also when NO_COLOR is set)'
complete -c kabinet -n "__fish_kabinet_using_subcommand appt; and __fish_seen_subcommand_from edit" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kabinet -n "__fish_kabinet_using_subcommand appt; and __fish_seen_subcommand_from reschedule" -l at -l starts-at -d 'The new start' -r
complete -c kabinet -n "__fish_kabinet_using_subcommand appt; and __fish_seen_subcommand_from reschedule" -l store -d 'Path of the store [default: $XDG_DATA_HOME/kabinet/kabinet.db]' -r -F
complete -c kabinet -n "__fish_kabinet_using_subcommand appt; and __fish_seen_subcommand_from reschedule" -l passphrase-file -d 'Read the passphrase from the first line of this file' -r -F
complete -c kabinet -n "__fish_kabinet_using_subcommand appt; and __fish_seen_subcommand_from reschedule" -l user -d 'Who is unlocking the store [default: its only user, else the one named as the OS user]' -r
complete -c kabinet -n "__fish_kabinet_using_subcommand appt; and __fish_seen_subcommand_from reschedule" -l format -d 'Output format of lists and `show` (`ics`: `deadlines` only)' -r -f -a "table\t'A table fitted to the terminal'
json\t'One JSON document: an array for lists, an object for `show`'
csv\t'RFC 4180 CSV with a header row, UTF-8, ISO dates'
ics\t'iCalendar (RFC 5545), for `deadlines`'"
complete -c kabinet -n "__fish_kabinet_using_subcommand appt; and __fish_seen_subcommand_from reschedule" -l lang -d 'Interface language [default: KABINET_LANG, else ru when LANG/LC_ALL starts with ru, else en]' -r -f -a "ru\t''
en\t''"
complete -c kabinet -n "__fish_kabinet_using_subcommand appt; and __fish_seen_subcommand_from reschedule" -l holidays -d 'A file of extra or overriding days off and working days (format: see `kabinet calendar --help`)' -r -F
complete -c kabinet -n "__fish_kabinet_using_subcommand appt; and __fish_seen_subcommand_from reschedule" -l force -d 'Allow it less than 24 hours before the start (marked late)'
complete -c kabinet -n "__fish_kabinet_using_subcommand appt; and __fish_seen_subcommand_from reschedule" -s y -l yes -d 'Answer yes to confirmation prompts (required to delete when not on a terminal)'
complete -c kabinet -n "__fish_kabinet_using_subcommand appt; and __fish_seen_subcommand_from reschedule" -s q -l quiet -d 'Print only what was asked for: no confirmations, no warnings'
complete -c kabinet -n "__fish_kabinet_using_subcommand appt; and __fish_seen_subcommand_from reschedule" -l no-color -d 'No colours (also when NO_COLOR is set)'
complete -c kabinet -n "__fish_kabinet_using_subcommand appt; and __fish_seen_subcommand_from reschedule" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kabinet -n "__fish_kabinet_using_subcommand appt; and __fish_seen_subcommand_from cancel" -l store -d 'Path of the store [default: $XDG_DATA_HOME/kabinet/kabinet.db]' -r -F
complete -c kabinet -n "__fish_kabinet_using_subcommand appt; and __fish_seen_subcommand_from cancel" -l passphrase-file -d 'Read the passphrase from the first line of this file' -r -F
complete -c kabinet -n "__fish_kabinet_using_subcommand appt; and __fish_seen_subcommand_from cancel" -l user -d 'Who is unlocking the store [default: its only user, else the one named as the OS user]' -r
complete -c kabinet -n "__fish_kabinet_using_subcommand appt; and __fish_seen_subcommand_from cancel" -l format -d 'Output format of lists and `show` (`ics`: `deadlines` only)' -r -f -a "table\t'A table fitted to the terminal'
json\t'One JSON document: an array for lists, an object for `show`'
csv\t'RFC 4180 CSV with a header row, UTF-8, ISO dates'
ics\t'iCalendar (RFC 5545), for `deadlines`'"
complete -c kabinet -n "__fish_kabinet_using_subcommand appt; and __fish_seen_subcommand_from cancel" -l lang -d 'Interface language [default: KABINET_LANG, else ru when LANG/LC_ALL starts with ru, else en]' -r -f -a "ru\t''
en\t''"
complete -c kabinet -n "__fish_kabinet_using_subcommand appt; and __fish_seen_subcommand_from cancel" -l holidays -d 'A file of extra or overriding days off and working days (format: see `kabinet calendar --help`)' -r -F
complete -c kabinet -n "__fish_kabinet_using_subcommand appt; and __fish_seen_subcommand_from cancel" -l force -d 'Allow it less than 24 hours before the start (marked late)'
complete -c kabinet -n "__fish_kabinet_using_subcommand appt; and __fish_seen_subcommand_from cancel" -s y -l yes -d 'Answer yes to confirmation prompts (required to delete when not on a terminal)'
complete -c kabinet -n "__fish_kabinet_using_subcommand appt; and __fish_seen_subcommand_from cancel" -s q -l quiet -d 'Print only what was asked for: no confirmations, no warnings'
complete -c kabinet -n "__fish_kabinet_using_subcommand appt; and __fish_seen_subcommand_from cancel" -l no-color -d 'No colours (also when NO_COLOR is set)'
complete -c kabinet -n "__fish_kabinet_using_subcommand appt; and __fish_seen_subcommand_from cancel" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kabinet -n "__fish_kabinet_using_subcommand appt; and __fish_seen_subcommand_from done" -l store -d 'Path of the store [default: $XDG_DATA_HOME/kabinet/kabinet.db]' -r -F
complete -c kabinet -n "__fish_kabinet_using_subcommand appt; and __fish_seen_subcommand_from done" -l passphrase-file -d 'Read the passphrase from the first line of this file' -r -F
complete -c kabinet -n "__fish_kabinet_using_subcommand appt; and __fish_seen_subcommand_from done" -l user -d 'Who is unlocking the store [default: its only user, else the one named as the OS user]' -r
complete -c kabinet -n "__fish_kabinet_using_subcommand appt; and __fish_seen_subcommand_from done" -l format -d 'Output format of lists and `show` (`ics`: `deadlines` only)' -r -f -a "table\t'A table fitted to the terminal'
json\t'One JSON document: an array for lists, an object for `show`'
csv\t'RFC 4180 CSV with a header row, UTF-8, ISO dates'
ics\t'iCalendar (RFC 5545), for `deadlines`'"
complete -c kabinet -n "__fish_kabinet_using_subcommand appt; and __fish_seen_subcommand_from done" -l lang -d 'Interface language [default: KABINET_LANG, else ru when LANG/LC_ALL starts with ru, else en]' -r -f -a "ru\t''
en\t''"
complete -c kabinet -n "__fish_kabinet_using_subcommand appt; and __fish_seen_subcommand_from done" -l holidays -d 'A file of extra or overriding days off and working days (format: see `kabinet calendar --help`)' -r -F
complete -c kabinet -n "__fish_kabinet_using_subcommand appt; and __fish_seen_subcommand_from done" -s y -l yes -d 'Answer yes to confirmation prompts (required to delete when not on a terminal)'
complete -c kabinet -n "__fish_kabinet_using_subcommand appt; and __fish_seen_subcommand_from done" -s q -l quiet -d 'Print only what was asked for: no confirmations, no warnings'
complete -c kabinet -n "__fish_kabinet_using_subcommand appt; and __fish_seen_subcommand_from done" -l no-color -d 'No colours (also when NO_COLOR is set)'
complete -c kabinet -n "__fish_kabinet_using_subcommand appt; and __fish_seen_subcommand_from done" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kabinet -n "__fish_kabinet_using_subcommand appt; and __fish_seen_subcommand_from no-show" -l store -d 'Path of the store [default: $XDG_DATA_HOME/kabinet/kabinet.db]' -r -F
complete -c kabinet -n "__fish_kabinet_using_subcommand appt; and __fish_seen_subcommand_from no-show" -l passphrase-file -d 'Read the passphrase from the first line of this file' -r -F
complete -c kabinet -n "__fish_kabinet_using_subcommand appt; and __fish_seen_subcommand_from no-show" -l user -d 'Who is unlocking the store [default: its only user, else the one named as the OS user]' -r
complete -c kabinet -n "__fish_kabinet_using_subcommand appt; and __fish_seen_subcommand_from no-show" -l format -d 'Output format of lists and `show` (`ics`: `deadlines` only)' -r -f -a "table\t'A table fitted to the terminal'
json\t'One JSON document: an array for lists, an object for `show`'
csv\t'RFC 4180 CSV with a header row, UTF-8, ISO dates'
ics\t'iCalendar (RFC 5545), for `deadlines`'"
complete -c kabinet -n "__fish_kabinet_using_subcommand appt; and __fish_seen_subcommand_from no-show" -l lang -d 'Interface language [default: KABINET_LANG, else ru when LANG/LC_ALL starts with ru, else en]' -r -f -a "ru\t''
en\t''"
complete -c kabinet -n "__fish_kabinet_using_subcommand appt; and __fish_seen_subcommand_from no-show" -l holidays -d 'A file of extra or overriding days off and working days (format: see `kabinet calendar --help`)' -r -F
complete -c kabinet -n "__fish_kabinet_using_subcommand appt; and __fish_seen_subcommand_from no-show" -s y -l yes -d 'Answer yes to confirmation prompts (required to delete when not on a terminal)'
complete -c kabinet -n "__fish_kabinet_using_subcommand appt; and __fish_seen_subcommand_from no-show" -s q -l quiet -d 'Print only what was asked for: no confirmations, no warnings'
complete -c kabinet -n "__fish_kabinet_using_subcommand appt; and __fish_seen_subcommand_from no-show" -l no-color -d 'No colours (also when NO_COLOR is set)'
complete -c kabinet -n "__fish_kabinet_using_subcommand appt; and __fish_seen_subcommand_from no-show" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kabinet -n "__fish_kabinet_using_subcommand appt; and __fish_seen_subcommand_from delete" -l store -d 'Path of the store [default: $XDG_DATA_HOME/kabinet/kabinet.db]' -r -F
complete -c kabinet -n "__fish_kabinet_using_subcommand appt; and __fish_seen_subcommand_from delete" -l passphrase-file -d 'Read the passphrase from the first line of this file' -r -F
complete -c kabinet -n "__fish_kabinet_using_subcommand appt; and __fish_seen_subcommand_from delete" -l user -d 'Who is unlocking the store [default: its only user, else the one named as the OS user]' -r
complete -c kabinet -n "__fish_kabinet_using_subcommand appt; and __fish_seen_subcommand_from delete" -l format -d 'Output format of lists and `show` (`ics`: `deadlines` only)' -r -f -a "table\t'A table fitted to the terminal'
json\t'One JSON document: an array for lists, an object for `show`'
csv\t'RFC 4180 CSV with a header row, UTF-8, ISO dates'
ics\t'iCalendar (RFC 5545), for `deadlines`'"
complete -c kabinet -n "__fish_kabinet_using_subcommand appt; and __fish_seen_subcommand_from delete" -l lang -d 'Interface language [default: KABINET_LANG, else ru when LANG/LC_ALL starts with ru, else en]' -r -f -a "ru\t''
en\t''"
complete -c kabinet -n "__fish_kabinet_using_subcommand appt; and __fish_seen_subcommand_from delete" -l holidays -d 'A file of extra or overriding days off and working days (format: see `kabinet calendar --help`)' -r -F
complete -c kabinet -n "__fish_kabinet_using_subcommand appt; and __fish_seen_subcommand_from delete" -s y -l yes -d 'Answer yes to confirmation prompts (required to delete when not on a terminal)'
complete -c kabinet -n "__fish_kabinet_using_subcommand appt; and __fish_seen_subcommand_from delete" -s q -l quiet -d 'Print only what was asked for: no confirmations, no warnings'
complete -c kabinet -n "__fish_kabinet_using_subcommand appt; and __fish_seen_subcommand_from delete" -l no-color -d 'No colours (also when NO_COLOR is set)'
complete -c kabinet -n "__fish_kabinet_using_subcommand appt; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kabinet -n "__fish_kabinet_using_subcommand appt; and __fish_seen_subcommand_from help" -f -a "add" -d 'Book an appointment and print its ID'
complete -c kabinet -n "__fish_kabinet_using_subcommand appt; and __fish_seen_subcommand_from help" -f -a "list" -d 'List appointments'
complete -c kabinet -n "__fish_kabinet_using_subcommand appt; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show one appointment with reminders, documents to bring and its history'
complete -c kabinet -n "__fish_kabinet_using_subcommand appt; and __fish_seen_subcommand_from help" -f -a "edit" -d 'Change an appointment\'s details (use `reschedule` to move it)'
complete -c kabinet -n "__fish_kabinet_using_subcommand appt; and __fish_seen_subcommand_from help" -f -a "reschedule" -d 'Move an appointment; the old time stays in its history'
complete -c kabinet -n "__fish_kabinet_using_subcommand appt; and __fish_seen_subcommand_from help" -f -a "cancel" -d 'Cancel an appointment (until 24 hours before the start)'
complete -c kabinet -n "__fish_kabinet_using_subcommand appt; and __fish_seen_subcommand_from help" -f -a "done" -d 'Mark an appointment as attended'
complete -c kabinet -n "__fish_kabinet_using_subcommand appt; and __fish_seen_subcommand_from help" -f -a "no-show" -d 'Mark an appointment as missed'
complete -c kabinet -n "__fish_kabinet_using_subcommand appt; and __fish_seen_subcommand_from help" -f -a "delete" -d 'Delete an appointment and its history'
complete -c kabinet -n "__fish_kabinet_using_subcommand appt; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c kabinet -n "__fish_kabinet_using_subcommand obligation; and not __fish_seen_subcommand_from add list done delete help" -l store -d 'Path of the store [default: $XDG_DATA_HOME/kabinet/kabinet.db]' -r -F
complete -c kabinet -n "__fish_kabinet_using_subcommand obligation; and not __fish_seen_subcommand_from add list done delete help" -l passphrase-file -d 'Read the passphrase from the first line of this file' -r -F
complete -c kabinet -n "__fish_kabinet_using_subcommand obligation; and not __fish_seen_subcommand_from add list done delete help" -l user -d 'Who is unlocking the store [default: its only user, else the one named as the OS user]' -r
complete -c kabinet -n "__fish_kabinet_using_subcommand obligation; and not __fish_seen_subcommand_from add list done delete help" -l format -d 'Output format of lists and `show` (`ics`: `deadlines` only)' -r -f -a "table\t'A table fitted to the terminal'
json\t'One JSON document: an array for lists, an object for `show`'
csv\t'RFC 4180 CSV with a header row, UTF-8, ISO dates'
ics\t'iCalendar (RFC 5545), for `deadlines`'"
complete -c kabinet -n "__fish_kabinet_using_subcommand obligation; and not __fish_seen_subcommand_from add list done delete help" -l lang -d 'Interface language [default: KABINET_LANG, else ru when LANG/LC_ALL starts with ru, else en]' -r -f -a "ru\t''
en\t''"
complete -c kabinet -n "__fish_kabinet_using_subcommand obligation; and not __fish_seen_subcommand_from add list done delete help" -l holidays -d 'A file of extra or overriding days off and working days (format: see `kabinet calendar --help`)' -r -F
complete -c kabinet -n "__fish_kabinet_using_subcommand obligation; and not __fish_seen_subcommand_from add list done delete help" -s y -l yes -d 'Answer yes to confirmation prompts (required to delete when not on a terminal)'
complete -c kabinet -n "__fish_kabinet_using_subcommand obligation; and not __fish_seen_subcommand_from add list done delete help" -s q -l quiet -d 'Print only what was asked for: no confirmations, no warnings'
complete -c kabinet -n "__fish_kabinet_using_subcommand obligation; and not __fish_seen_subcommand_from add list done delete help" -l no-color -d 'No colours (also when NO_COLOR is set)'
complete -c kabinet -n "__fish_kabinet_using_subcommand obligation; and not __fish_seen_subcommand_from add list done delete help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kabinet -n "__fish_kabinet_using_subcommand obligation; and not __fish_seen_subcommand_from add list done delete help" -f -a "add" -d 'Add an obligation and print its ID'
complete -c kabinet -n "__fish_kabinet_using_subcommand obligation; and not __fish_seen_subcommand_from add list done delete help" -f -a "list" -d 'List obligations with their effective due dates'
complete -c kabinet -n "__fish_kabinet_using_subcommand obligation; and not __fish_seen_subcommand_from add list done delete help" -f -a "done" -d 'Mark done: a recurring one moves to its next date, a one-off is closed'
complete -c kabinet -n "__fish_kabinet_using_subcommand obligation; and not __fish_seen_subcommand_from add list done delete help" -f -a "delete" -d 'Delete an obligation'
complete -c kabinet -n "__fish_kabinet_using_subcommand obligation; and not __fish_seen_subcommand_from add list done delete help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c kabinet -n "__fish_kabinet_using_subcommand obligation; and __fish_seen_subcommand_from add" -l due -d 'When it is (first) due [required]' -r
complete -c kabinet -n "__fish_kabinet_using_subcommand obligation; and __fish_seen_subcommand_from add" -l every -d 'Repeat every month, quarter or year' -r
complete -c kabinet -n "__fish_kabinet_using_subcommand obligation; and __fish_seen_subcommand_from add" -l day -d 'Day of the month it recurs on [default: the day of --due]' -r
complete -c kabinet -n "__fish_kabinet_using_subcommand obligation; and __fish_seen_subcommand_from add" -l shift -d 'When the date is a day off: next (working day, the default), previous, none' -r
complete -c kabinet -n "__fish_kabinet_using_subcommand obligation; and __fish_seen_subcommand_from add" -l notes -d 'Notes' -r
complete -c kabinet -n "__fish_kabinet_using_subcommand obligation; and __fish_seen_subcommand_from add" -l store -d 'Path of the store [default: $XDG_DATA_HOME/kabinet/kabinet.db]' -r -F
complete -c kabinet -n "__fish_kabinet_using_subcommand obligation; and __fish_seen_subcommand_from add" -l passphrase-file -d 'Read the passphrase from the first line of this file' -r -F
complete -c kabinet -n "__fish_kabinet_using_subcommand obligation; and __fish_seen_subcommand_from add" -l user -d 'Who is unlocking the store [default: its only user, else the one named as the OS user]' -r
complete -c kabinet -n "__fish_kabinet_using_subcommand obligation; and __fish_seen_subcommand_from add" -l format -d 'Output format of lists and `show` (`ics`: `deadlines` only)' -r -f -a "table\t'A table fitted to the terminal'
json\t'One JSON document: an array for lists, an object for `show`'
csv\t'RFC 4180 CSV with a header row, UTF-8, ISO dates'
ics\t'iCalendar (RFC 5545), for `deadlines`'"
complete -c kabinet -n "__fish_kabinet_using_subcommand obligation; and __fish_seen_subcommand_from add" -l lang -d 'Interface language [default: KABINET_LANG, else ru when LANG/LC_ALL starts with ru, else en]' -r -f -a "ru\t''
en\t''"
complete -c kabinet -n "__fish_kabinet_using_subcommand obligation; and __fish_seen_subcommand_from add" -l holidays -d 'A file of extra or overriding days off and working days (format: see `kabinet calendar --help`)' -r -F
complete -c kabinet -n "__fish_kabinet_using_subcommand obligation; and __fish_seen_subcommand_from add" -s y -l yes -d 'Answer yes to confirmation prompts (required to delete when not on a terminal)'
complete -c kabinet -n "__fish_kabinet_using_subcommand obligation; and __fish_seen_subcommand_from add" -s q -l quiet -d 'Print only what was asked for: no confirmations, no warnings'
complete -c kabinet -n "__fish_kabinet_using_subcommand obligation; and __fish_seen_subcommand_from add" -l no-color -d 'No colours (also when NO_COLOR is set)'
complete -c kabinet -n "__fish_kabinet_using_subcommand obligation; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kabinet -n "__fish_kabinet_using_subcommand obligation; and __fish_seen_subcommand_from list" -l store -d 'Path of the store [default: $XDG_DATA_HOME/kabinet/kabinet.db]' -r -F
complete -c kabinet -n "__fish_kabinet_using_subcommand obligation; and __fish_seen_subcommand_from list" -l passphrase-file -d 'Read the passphrase from the first line of this file' -r -F
complete -c kabinet -n "__fish_kabinet_using_subcommand obligation; and __fish_seen_subcommand_from list" -l user -d 'Who is unlocking the store [default: its only user, else the one named as the OS user]' -r
complete -c kabinet -n "__fish_kabinet_using_subcommand obligation; and __fish_seen_subcommand_from list" -l format -d 'Output format of lists and `show` (`ics`: `deadlines` only)' -r -f -a "table\t'A table fitted to the terminal'
json\t'One JSON document: an array for lists, an object for `show`'
csv\t'RFC 4180 CSV with a header row, UTF-8, ISO dates'
ics\t'iCalendar (RFC 5545), for `deadlines`'"
complete -c kabinet -n "__fish_kabinet_using_subcommand obligation; and __fish_seen_subcommand_from list" -l lang -d 'Interface language [default: KABINET_LANG, else ru when LANG/LC_ALL starts with ru, else en]' -r -f -a "ru\t''
en\t''"
complete -c kabinet -n "__fish_kabinet_using_subcommand obligation; and __fish_seen_subcommand_from list" -l holidays -d 'A file of extra or overriding days off and working days (format: see `kabinet calendar --help`)' -r -F
complete -c kabinet -n "__fish_kabinet_using_subcommand obligation; and __fish_seen_subcommand_from list" -l all -d 'Include one-off obligations already done'
complete -c kabinet -n "__fish_kabinet_using_subcommand obligation; and __fish_seen_subcommand_from list" -s y -l yes -d 'Answer yes to confirmation prompts (required to delete when not on a terminal)'
complete -c kabinet -n "__fish_kabinet_using_subcommand obligation; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print only what was asked for: no confirmations, no warnings'
complete -c kabinet -n "__fish_kabinet_using_subcommand obligation; and __fish_seen_subcommand_from list" -l no-color -d 'No colours (also when NO_COLOR is set)'
complete -c kabinet -n "__fish_kabinet_using_subcommand obligation; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kabinet -n "__fish_kabinet_using_subcommand obligation; and __fish_seen_subcommand_from done" -l store -d 'Path of the store [default: $XDG_DATA_HOME/kabinet/kabinet.db]' -r -F
complete -c kabinet -n "__fish_kabinet_using_subcommand obligation; and __fish_seen_subcommand_from done" -l passphrase-file -d 'Read the passphrase from the first line of this file' -r -F
complete -c kabinet -n "__fish_kabinet_using_subcommand obligation; and __fish_seen_subcommand_from done" -l user -d 'Who is unlocking the store [default: its only user, else the one named as the OS user]' -r
complete -c kabinet -n "__fish_kabinet_using_subcommand obligation; and __fish_seen_subcommand_from done" -l format -d 'Output format of lists and `show` (`ics`: `deadlines` only)' -r -f -a "table\t'A table fitted to the terminal'
json\t'One JSON document: an array for lists, an object for `show`'
csv\t'RFC 4180 CSV with a header row, UTF-8, ISO dates'
ics\t'iCalendar (RFC 5545), for `deadlines`'"
complete -c kabinet -n "__fish_kabinet_using_subcommand obligation; and __fish_seen_subcommand_from done" -l lang -d 'Interface language [default: KABINET_LANG, else ru when LANG/LC_ALL starts with ru, else en]' -r -f -a "ru\t''
en\t''"
complete -c kabinet -n "__fish_kabinet_using_subcommand obligation; and __fish_seen_subcommand_from done" -l holidays -d 'A file of extra or overriding days off and working days (format: see `kabinet calendar --help`)' -r -F
complete -c kabinet -n "__fish_kabinet_using_subcommand obligation; and __fish_seen_subcommand_from done" -s y -l yes -d 'Answer yes to confirmation prompts (required to delete when not on a terminal)'
complete -c kabinet -n "__fish_kabinet_using_subcommand obligation; and __fish_seen_subcommand_from done" -s q -l quiet -d 'Print only what was asked for: no confirmations, no warnings'
complete -c kabinet -n "__fish_kabinet_using_subcommand obligation; and __fish_seen_subcommand_from done" -l no-color -d 'No colours (also when NO_COLOR is set)'
complete -c kabinet -n "__fish_kabinet_using_subcommand obligation; and __fish_seen_subcommand_from done" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kabinet -n "__fish_kabinet_using_subcommand obligation; and __fish_seen_subcommand_from delete" -l store -d 'Path of the store [default: $XDG_DATA_HOME/kabinet/kabinet.db]' -r -F
complete -c kabinet -n "__fish_kabinet_using_subcommand obligation; and __fish_seen_subcommand_from delete" -l passphrase-file -d 'Read the passphrase from the first line of this file' -r -F
complete -c kabinet -n "__fish_kabinet_using_subcommand obligation; and __fish_seen_subcommand_from delete" -l user -d 'Who is unlocking the store [default: its only user, else the one named as the OS user]' -r
complete -c kabinet -n "__fish_kabinet_using_subcommand obligation; and __fish_seen_subcommand_from delete" -l format -d 'Output format of lists and `show` (`ics`: `deadlines` only)' -r -f -a "table\t'A table fitted to the terminal'
json\t'One JSON document: an array for lists, an object for `show`'
csv\t'RFC 4180 CSV with a header row, UTF-8, ISO dates'
ics\t'iCalendar (RFC 5545), for `deadlines`'"
complete -c kabinet -n "__fish_kabinet_using_subcommand obligation; and __fish_seen_subcommand_from delete" -l lang -d 'Interface language [default: KABINET_LANG, else ru when LANG/LC_ALL starts with ru, else en]' -r -f -a "ru\t''
en\t''"
complete -c kabinet -n "__fish_kabinet_using_subcommand obligation; and __fish_seen_subcommand_from delete" -l holidays -d 'A file of extra or overriding days off and working days (format: see `kabinet calendar --help`)' -r -F
complete -c kabinet -n "__fish_kabinet_using_subcommand obligation; and __fish_seen_subcommand_from delete" -s y -l yes -d 'Answer yes to confirmation prompts (required to delete when not on a terminal)'
complete -c kabinet -n "__fish_kabinet_using_subcommand obligation; and __fish_seen_subcommand_from delete" -s q -l quiet -d 'Print only what was asked for: no confirmations, no warnings'
complete -c kabinet -n "__fish_kabinet_using_subcommand obligation; and __fish_seen_subcommand_from delete" -l no-color -d 'No colours (also when NO_COLOR is set)'
complete -c kabinet -n "__fish_kabinet_using_subcommand obligation; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kabinet -n "__fish_kabinet_using_subcommand obligation; and __fish_seen_subcommand_from help" -f -a "add" -d 'Add an obligation and print its ID'
complete -c kabinet -n "__fish_kabinet_using_subcommand obligation; and __fish_seen_subcommand_from help" -f -a "list" -d 'List obligations with their effective due dates'
complete -c kabinet -n "__fish_kabinet_using_subcommand obligation; and __fish_seen_subcommand_from help" -f -a "done" -d 'Mark done: a recurring one moves to its next date, a one-off is closed'
complete -c kabinet -n "__fish_kabinet_using_subcommand obligation; and __fish_seen_subcommand_from help" -f -a "delete" -d 'Delete an obligation'
complete -c kabinet -n "__fish_kabinet_using_subcommand obligation; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c kabinet -n "__fish_kabinet_using_subcommand application; and not __fish_seen_subcommand_from add list show edit status cancel delete help" -l store -d 'Path of the store [default: $XDG_DATA_HOME/kabinet/kabinet.db]' -r -F
complete -c kabinet -n "__fish_kabinet_using_subcommand application; and not __fish_seen_subcommand_from add list show edit status cancel delete help" -l passphrase-file -d 'Read the passphrase from the first line of this file' -r -F
complete -c kabinet -n "__fish_kabinet_using_subcommand application; and not __fish_seen_subcommand_from add list show edit status cancel delete help" -l user -d 'Who is unlocking the store [default: its only user, else the one named as the OS user]' -r
complete -c kabinet -n "__fish_kabinet_using_subcommand application; and not __fish_seen_subcommand_from add list show edit status cancel delete help" -l format -d 'Output format of lists and `show` (`ics`: `deadlines` only)' -r -f -a "table\t'A table fitted to the terminal'
json\t'One JSON document: an array for lists, an object for `show`'
csv\t'RFC 4180 CSV with a header row, UTF-8, ISO dates'
ics\t'iCalendar (RFC 5545), for `deadlines`'"
complete -c kabinet -n "__fish_kabinet_using_subcommand application; and not __fish_seen_subcommand_from add list show edit status cancel delete help" -l lang -d 'Interface language [default: KABINET_LANG, else ru when LANG/LC_ALL starts with ru, else en]' -r -f -a "ru\t''
en\t''"
complete -c kabinet -n "__fish_kabinet_using_subcommand application; and not __fish_seen_subcommand_from add list show edit status cancel delete help" -l holidays -d 'A file of extra or overriding days off and working days (format: see `kabinet calendar --help`)' -r -F
complete -c kabinet -n "__fish_kabinet_using_subcommand application; and not __fish_seen_subcommand_from add list show edit status cancel delete help" -s y -l yes -d 'Answer yes to confirmation prompts (required to delete when not on a terminal)'
complete -c kabinet -n "__fish_kabinet_using_subcommand application; and not __fish_seen_subcommand_from add list show edit status cancel delete help" -s q -l quiet -d 'Print only what was asked for: no confirmations, no warnings'
complete -c kabinet -n "__fish_kabinet_using_subcommand application; and not __fish_seen_subcommand_from add list show edit status cancel delete help" -l no-color -d 'No colours (also when NO_COLOR is set)'
complete -c kabinet -n "__fish_kabinet_using_subcommand application; and not __fish_seen_subcommand_from add list show edit status cancel delete help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kabinet -n "__fish_kabinet_using_subcommand application; and not __fish_seen_subcommand_from add list show edit status cancel delete help" -f -a "add" -d 'File an application and print its ID (Z-1, Z-2…)'
complete -c kabinet -n "__fish_kabinet_using_subcommand application; and not __fish_seen_subcommand_from add list show edit status cancel delete help" -f -a "list" -d 'List applications, latest submission first'
complete -c kabinet -n "__fish_kabinet_using_subcommand application; and not __fish_seen_subcommand_from add list show edit status cancel delete help" -f -a "show" -d 'Show one application with its changes of status and the documents it relies on'
complete -c kabinet -n "__fish_kabinet_using_subcommand application; and not __fish_seen_subcommand_from add list show edit status cancel delete help" -f -a "edit" -d 'Change an application\'s details while no decision is made'
complete -c kabinet -n "__fish_kabinet_using_subcommand application; and not __fish_seen_subcommand_from add list show edit status cancel delete help" -f -a "status" -d 'Move an application to a new status (only the allowed transitions; dated and kept)'
complete -c kabinet -n "__fish_kabinet_using_subcommand application; and not __fish_seen_subcommand_from add list show edit status cancel delete help" -f -a "cancel" -d 'Cancel an open application'
complete -c kabinet -n "__fish_kabinet_using_subcommand application; and not __fish_seen_subcommand_from add list show edit status cancel delete help" -f -a "delete" -d 'Delete an application and its history'
complete -c kabinet -n "__fish_kabinet_using_subcommand application; and not __fish_seen_subcommand_from add list show edit status cancel delete help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c kabinet -n "__fish_kabinet_using_subcommand application; and __fish_seen_subcommand_from add" -l applicant -d 'Who the application is for: full name (ФИО) [required]' -r
complete -c kabinet -n "__fish_kabinet_using_subcommand application; and __fish_seen_subcommand_from add" -l snils -d 'СНИЛС of the applicant' -r
complete -c kabinet -n "__fish_kabinet_using_subcommand application; and __fish_seen_subcommand_from add" -l agency -d 'The agency it is filed with: МФЦ, ФНС, ПФР, ГИБДД… [required]' -r
complete -c kabinet -n "__fish_kabinet_using_subcommand application; and __fish_seen_subcommand_from add" -l service -d 'The service applied for [required]' -r
complete -c kabinet -n "__fish_kabinet_using_subcommand application; and __fish_seen_subcommand_from add" -l number -d 'The agency\'s number for it' -r
complete -c kabinet -n "__fish_kabinet_using_subcommand application; and __fish_seen_subcommand_from add" -l submitted -d 'Day it was submitted, never in the future [required]' -r
complete -c kabinet -n "__fish_kabinet_using_subcommand application; and __fish_seen_subcommand_from add" -l due -d 'The agency\'s term: a date, or +N (+Nwd, +Nрд) working days after --submitted' -r
complete -c kabinet -n "__fish_kabinet_using_subcommand application; and __fish_seen_subcommand_from add" -l fee -d 'The fee, with a dot: 3500.00' -r
complete -c kabinet -n "__fish_kabinet_using_subcommand application; and __fish_seen_subcommand_from add" -l fee-status -d 'Whether the fee is paid: paid, pending, refused (or выполнен, в ожидании, отклонён)' -r
complete -c kabinet -n "__fish_kabinet_using_subcommand application; and __fish_seen_subcommand_from add" -l needs -d 'IDs of the documents it relies on: D-1,D-2' -r
complete -c kabinet -n "__fish_kabinet_using_subcommand application; and __fish_seen_subcommand_from add" -l notes -d 'Notes' -r
complete -c kabinet -n "__fish_kabinet_using_subcommand application; and __fish_seen_subcommand_from add" -l store -d 'Path of the store [default: $XDG_DATA_HOME/kabinet/kabinet.db]' -r -F
complete -c kabinet -n "__fish_kabinet_using_subcommand application; and __fish_seen_subcommand_from add" -l passphrase-file -d 'Read the passphrase from the first line of this file' -r -F
complete -c kabinet -n "__fish_kabinet_using_subcommand application; and __fish_seen_subcommand_from add" -l user -d 'Who is unlocking the store [default: its only user, else the one named as the OS user]' -r
complete -c kabinet -n "__fish_kabinet_using_subcommand application; and __fish_seen_subcommand_from add" -l format -d 'Output format of lists and `show` (`ics`: `deadlines` only)' -r -f -a "table\t'A table fitted to the terminal'
json\t'One JSON document: an array for lists, an object for `show`'
csv\t'RFC 4180 CSV with a header row, UTF-8, ISO dates'
ics\t'iCalendar (RFC 5545), for `deadlines`'"
complete -c kabinet -n "__fish_kabinet_using_subcommand application; and __fish_seen_subcommand_from add" -l lang -d 'Interface language [default: KABINET_LANG, else ru when LANG/LC_ALL starts with ru, else en]' -r -f -a "ru\t''
en\t''"
complete -c kabinet -n "__fish_kabinet_using_subcommand application; and __fish_seen_subcommand_from add" -l holidays -d 'A file of extra or overriding days off and working days (format: see `kabinet calendar --help`)' -r -F
complete -c kabinet -n "__fish_kabinet_using_subcommand application; and __fish_seen_subcommand_from add" -l force -d 'File it even if the same agency and number (or applicant, agency, service and day) exist'
complete -c kabinet -n "__fish_kabinet_using_subcommand application; and __fish_seen_subcommand_from add" -s y -l yes -d 'Answer yes to confirmation prompts (required to delete when not on a terminal)'
complete -c kabinet -n "__fish_kabinet_using_subcommand application; and __fish_seen_subcommand_from add" -s q -l quiet -d 'Print only what was asked for: no confirmations, no warnings'
complete -c kabinet -n "__fish_kabinet_using_subcommand application; and __fish_seen_subcommand_from add" -l no-color -d 'No colours (also when NO_COLOR is set)'
complete -c kabinet -n "__fish_kabinet_using_subcommand application; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kabinet -n "__fish_kabinet_using_subcommand application; and __fish_seen_subcommand_from list" -l from -d 'Submitted on or after this day' -r
complete -c kabinet -n "__fish_kabinet_using_subcommand application; and __fish_seen_subcommand_from list" -l to -d 'Submitted on or before this day' -r
complete -c kabinet -n "__fish_kabinet_using_subcommand application; and __fish_seen_subcommand_from list" -l status -d 'Only this status: accepted, processing, approved, rejected, cancelled, expired' -r
complete -c kabinet -n "__fish_kabinet_using_subcommand application; and __fish_seen_subcommand_from list" -l text -d 'Text anywhere in the application (case-insensitive)' -r
complete -c kabinet -n "__fish_kabinet_using_subcommand application; and __fish_seen_subcommand_from list" -l agency -d 'Part of the agency\'s name' -r
complete -c kabinet -n "__fish_kabinet_using_subcommand application; and __fish_seen_subcommand_from list" -l applicant -d 'Part of the applicant\'s name' -r
complete -c kabinet -n "__fish_kabinet_using_subcommand application; and __fish_seen_subcommand_from list" -l store -d 'Path of the store [default: $XDG_DATA_HOME/kabinet/kabinet.db]' -r -F
complete -c kabinet -n "__fish_kabinet_using_subcommand application; and __fish_seen_subcommand_from list" -l passphrase-file -d 'Read the passphrase from the first line of this file' -r -F
complete -c kabinet -n "__fish_kabinet_using_subcommand application; and __fish_seen_subcommand_from list" -l user -d 'Who is unlocking the store [default: its only user, else the one named as the OS user]' -r
complete -c kabinet -n "__fish_kabinet_using_subcommand application; and __fish_seen_subcommand_from list" -l format -d 'Output format of lists and `show` (`ics`: `deadlines` only)' -r -f -a "table\t'A table fitted to the terminal'
json\t'One JSON document: an array for lists, an object for `show`'
csv\t'RFC 4180 CSV with a header row, UTF-8, ISO dates'
ics\t'iCalendar (RFC 5545), for `deadlines`'"
complete -c kabinet -n "__fish_kabinet_using_subcommand application; and __fish_seen_subcommand_from list" -l lang -d 'Interface language [default: KABINET_LANG, else ru when LANG/LC_ALL starts with ru, else en]' -r -f -a "ru\t''
en\t''"
complete -c kabinet -n "__fish_kabinet_using_subcommand application; and __fish_seen_subcommand_from list" -l holidays -d 'A file of extra or overriding days off and working days (format: see `kabinet calendar --help`)' -r -F
complete -c kabinet -n "__fish_kabinet_using_subcommand application; and __fish_seen_subcommand_from list" -l overdue -d 'Only open ones past their term'
complete -c kabinet -n "__fish_kabinet_using_subcommand application; and __fish_seen_subcommand_from list" -s y -l yes -d 'Answer yes to confirmation prompts (required to delete when not on a terminal)'
complete -c kabinet -n "__fish_kabinet_using_subcommand application; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print only what was asked for: no confirmations, no warnings'
complete -c kabinet -n "__fish_kabinet_using_subcommand application; and __fish_seen_subcommand_from list" -l no-color -d 'No colours (also when NO_COLOR is set)'
complete -c kabinet -n "__fish_kabinet_using_subcommand application; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kabinet -n "__fish_kabinet_using_subcommand application; and __fish_seen_subcommand_from show" -l store -d 'Path of the store [default: $XDG_DATA_HOME/kabinet/kabinet.db]' -r -F
complete -c kabinet -n "__fish_kabinet_using_subcommand application; and __fish_seen_subcommand_from show" -l passphrase-file -d 'Read the passphrase from the first line of this file' -r -F
complete -c kabinet -n "__fish_kabinet_using_subcommand application; and __fish_seen_subcommand_from show" -l user -d 'Who is unlocking the store [default: its only user, else the one named as the OS user]' -r
complete -c kabinet -n "__fish_kabinet_using_subcommand application; and __fish_seen_subcommand_from show" -l format -d 'Output format of lists and `show` (`ics`: `deadlines` only)' -r -f -a "table\t'A table fitted to the terminal'
json\t'One JSON document: an array for lists, an object for `show`'
csv\t'RFC 4180 CSV with a header row, UTF-8, ISO dates'
ics\t'iCalendar (RFC 5545), for `deadlines`'"
complete -c kabinet -n "__fish_kabinet_using_subcommand application; and __fish_seen_subcommand_from show" -l lang -d 'Interface language [default: KABINET_LANG, else ru when LANG/LC_ALL starts with ru, else en]' -r -f -a "ru\t''
en\t''"
complete -c kabinet -n "__fish_kabinet_using_subcommand application; and __fish_seen_subcommand_from show" -l holidays -d 'A file of extra or overriding days off and working days (format: see `kabinet calendar --help`)' -r -F
complete -c kabinet -n "__fish_kabinet_using_subcommand application; and __fish_seen_subcommand_from show" -s y -l yes -d 'Answer yes to confirmation prompts (required to delete when not on a terminal)'
complete -c kabinet -n "__fish_kabinet_using_subcommand application; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Print only what was asked for: no confirmations, no warnings'
complete -c kabinet -n "__fish_kabinet_using_subcommand application; and __fish_seen_subcommand_from show" -l no-color -d 'No colours (also when NO_COLOR is set)'
complete -c kabinet -n "__fish_kabinet_using_subcommand application; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kabinet -n "__fish_kabinet_using_subcommand application; and __fish_seen_subcommand_from edit" -l applicant -d 'Who the application is for: full name (ФИО) [required]' -r
complete -c kabinet -n "__fish_kabinet_using_subcommand application; and __fish_seen_subcommand_from edit" -l snils -d 'СНИЛС of the applicant' -r
complete -c kabinet -n "__fish_kabinet_using_subcommand application; and __fish_seen_subcommand_from edit" -l agency -d 'The agency it is filed with: МФЦ, ФНС, ПФР, ГИБДД… [required]' -r
complete -c kabinet -n "__fish_kabinet_using_subcommand application; and __fish_seen_subcommand_from edit" -l service -d 'The service applied for [required]' -r
complete -c kabinet -n "__fish_kabinet_using_subcommand application; and __fish_seen_subcommand_from edit" -l number -d 'The agency\'s number for it' -r
complete -c kabinet -n "__fish_kabinet_using_subcommand application; and __fish_seen_subcommand_from edit" -l submitted -d 'Day it was submitted, never in the future [required]' -r
complete -c kabinet -n "__fish_kabinet_using_subcommand application; and __fish_seen_subcommand_from edit" -l due -d 'The agency\'s term: a date, or +N (+Nwd, +Nрд) working days after --submitted' -r
complete -c kabinet -n "__fish_kabinet_using_subcommand application; and __fish_seen_subcommand_from edit" -l fee -d 'The fee, with a dot: 3500.00' -r
complete -c kabinet -n "__fish_kabinet_using_subcommand application; and __fish_seen_subcommand_from edit" -l fee-status -d 'Whether the fee is paid: paid, pending, refused (or выполнен, в ожидании, отклонён)' -r
complete -c kabinet -n "__fish_kabinet_using_subcommand application; and __fish_seen_subcommand_from edit" -l needs -d 'IDs of the documents it relies on: D-1,D-2' -r
complete -c kabinet -n "__fish_kabinet_using_subcommand application; and __fish_seen_subcommand_from edit" -l notes -d 'Notes' -r
complete -c kabinet -n "__fish_kabinet_using_subcommand application; and __fish_seen_subcommand_from edit" -l store -d 'Path of the store [default: $XDG_DATA_HOME/kabinet/kabinet.db]' -r -F
complete -c kabinet -n "__fish_kabinet_using_subcommand application; and __fish_seen_subcommand_from edit" -l passphrase-file -d 'Read the passphrase from the first line of this file' -r -F
complete -c kabinet -n "__fish_kabinet_using_subcommand application; and __fish_seen_subcommand_from edit" -l user -d 'Who is unlocking the store [default: its only user, else the one named as the OS user]' -r
complete -c kabinet -n "__fish_kabinet_using_subcommand application; and __fish_seen_subcommand_from edit" -l format -d 'Output format of lists and `show` (`ics`: `deadlines` only)' -r -f -a "table\t'A table fitted to the terminal'
json\t'One JSON document: an array for lists, an object for `show`'
csv\t'RFC 4180 CSV with a header row, UTF-8, ISO dates'
ics\t'iCalendar (RFC 5545), for `deadlines`'"
complete -c kabinet -n "__fish_kabinet_using_subcommand application; and __fish_seen_subcommand_from edit" -l lang -d 'Interface language [default: KABINET_LANG, else ru when LANG/LC_ALL starts with ru, else en]' -r -f -a "ru\t''
en\t''"
complete -c kabinet -n "__fish_kabinet_using_subcommand application; and __fish_seen_subcommand_from edit" -l holidays -d 'A file of extra or overriding days off and working days (format: see `kabinet calendar --help`)' -r -F
complete -c kabinet -n "__fish_kabinet_using_subcommand application; and __fish_seen_subcommand_from edit" -l force -d 'Save even if the change duplicates another application'
complete -c kabinet -n "__fish_kabinet_using_subcommand application; and __fish_seen_subcommand_from edit" -s y -l yes -d 'Answer yes to confirmation prompts (required to delete when not on a terminal)'
complete -c kabinet -n "__fish_kabinet_using_subcommand application; and __fish_seen_subcommand_from edit" -s q -l quiet -d 'Print only what was asked for: no confirmations, no warnings'
complete -c kabinet -n "__fish_kabinet_using_subcommand application; and __fish_seen_subcommand_from edit" -l no-color -d 'No colours (also when NO_COLOR is set)'
complete -c kabinet -n "__fish_kabinet_using_subcommand application; and __fish_seen_subcommand_from edit" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kabinet -n "__fish_kabinet_using_subcommand application; and __fish_seen_subcommand_from status" -l reason -d 'Why (a refusal, a cancel)' -r
complete -c kabinet -n "__fish_kabinet_using_subcommand application; and __fish_seen_subcommand_from status" -l issues-doc -d 'On approval, the resulting document: a kind to add one (паспорт, загранпаспорт, license…) or the ID of one in the registry (D-12)' -r
complete -c kabinet -n "__fish_kabinet_using_subcommand application; and __fish_seen_subcommand_from status" -l series -d 'The new document\'s series' -r
complete -c kabinet -n "__fish_kabinet_using_subcommand application; and __fish_seen_subcommand_from status" -l number -d 'The new document\'s number' -r
complete -c kabinet -n "__fish_kabinet_using_subcommand application; and __fish_seen_subcommand_from status" -l issued -d 'The new document\'s day of issue [default: today]' -r
complete -c kabinet -n "__fish_kabinet_using_subcommand application; and __fish_seen_subcommand_from status" -l issued-by -d 'The new document\'s issuing body [default: the agency]' -r
complete -c kabinet -n "__fish_kabinet_using_subcommand application; and __fish_seen_subcommand_from status" -l department-code -d 'The new document\'s department code, NNN-NNN' -r
complete -c kabinet -n "__fish_kabinet_using_subcommand application; and __fish_seen_subcommand_from status" -l expires -d 'The new document\'s last day of validity; none means indefinite' -r
complete -c kabinet -n "__fish_kabinet_using_subcommand application; and __fish_seen_subcommand_from status" -l store -d 'Path of the store [default: $XDG_DATA_HOME/kabinet/kabinet.db]' -r -F
complete -c kabinet -n "__fish_kabinet_using_subcommand application; and __fish_seen_subcommand_from status" -l passphrase-file -d 'Read the passphrase from the first line of this file' -r -F
complete -c kabinet -n "__fish_kabinet_using_subcommand application; and __fish_seen_subcommand_from status" -l user -d 'Who is unlocking the store [default: its only user, else the one named as the OS user]' -r
complete -c kabinet -n "__fish_kabinet_using_subcommand application; and __fish_seen_subcommand_from status" -l format -d 'Output format of lists and `show` (`ics`: `deadlines` only)' -r -f -a "table\t'A table fitted to the terminal'
json\t'One JSON document: an array for lists, an object for `show`'
csv\t'RFC 4180 CSV with a header row, UTF-8, ISO dates'
ics\t'iCalendar (RFC 5545), for `deadlines`'"
complete -c kabinet -n "__fish_kabinet_using_subcommand application; and __fish_seen_subcommand_from status" -l lang -d 'Interface language [default: KABINET_LANG, else ru when LANG/LC_ALL starts with ru, else en]' -r -f -a "ru\t''
en\t''"
complete -c kabinet -n "__fish_kabinet_using_subcommand application; and __fish_seen_subcommand_from status" -l holidays -d 'A file of extra or overriding days off and working days (format: see `kabinet calendar --help`)' -r -F
complete -c kabinet -n "__fish_kabinet_using_subcommand application; and __fish_seen_subcommand_from status" -s y -l yes -d 'Answer yes to confirmation prompts (required to delete when not on a terminal)'
complete -c kabinet -n "__fish_kabinet_using_subcommand application; and __fish_seen_subcommand_from status" -s q -l quiet -d 'Print only what was asked for: no confirmations, no warnings'
complete -c kabinet -n "__fish_kabinet_using_subcommand application; and __fish_seen_subcommand_from status" -l no-color -d 'No colours (also when NO_COLOR is set)'
complete -c kabinet -n "__fish_kabinet_using_subcommand application; and __fish_seen_subcommand_from status" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kabinet -n "__fish_kabinet_using_subcommand application; and __fish_seen_subcommand_from cancel" -l reason -d 'Why' -r
complete -c kabinet -n "__fish_kabinet_using_subcommand application; and __fish_seen_subcommand_from cancel" -l store -d 'Path of the store [default: $XDG_DATA_HOME/kabinet/kabinet.db]' -r -F
complete -c kabinet -n "__fish_kabinet_using_subcommand application; and __fish_seen_subcommand_from cancel" -l passphrase-file -d 'Read the passphrase from the first line of this file' -r -F
complete -c kabinet -n "__fish_kabinet_using_subcommand application; and __fish_seen_subcommand_from cancel" -l user -d 'Who is unlocking the store [default: its only user, else the one named as the OS user]' -r
complete -c kabinet -n "__fish_kabinet_using_subcommand application; and __fish_seen_subcommand_from cancel" -l format -d 'Output format of lists and `show` (`ics`: `deadlines` only)' -r -f -a "table\t'A table fitted to the terminal'
json\t'One JSON document: an array for lists, an object for `show`'
csv\t'RFC 4180 CSV with a header row, UTF-8, ISO dates'
ics\t'iCalendar (RFC 5545), for `deadlines`'"
complete -c kabinet -n "__fish_kabinet_using_subcommand application; and __fish_seen_subcommand_from cancel" -l lang -d 'Interface language [default: KABINET_LANG, else ru when LANG/LC_ALL starts with ru, else en]' -r -f -a "ru\t''
en\t''"
complete -c kabinet -n "__fish_kabinet_using_subcommand application; and __fish_seen_subcommand_from cancel" -l holidays -d 'A file of extra or overriding days off and working days (format: see `kabinet calendar --help`)' -r -F
complete -c kabinet -n "__fish_kabinet_using_subcommand application; and __fish_seen_subcommand_from cancel" -s y -l yes -d 'Answer yes to confirmation prompts (required to delete when not on a terminal)'
complete -c kabinet -n "__fish_kabinet_using_subcommand application; and __fish_seen_subcommand_from cancel" -s q -l quiet -d 'Print only what was asked for: no confirmations, no warnings'
complete -c kabinet -n "__fish_kabinet_using_subcommand application; and __fish_seen_subcommand_from cancel" -l no-color -d 'No colours (also when NO_COLOR is set)'
complete -c kabinet -n "__fish_kabinet_using_subcommand application; and __fish_seen_subcommand_from cancel" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kabinet -n "__fish_kabinet_using_subcommand application; and __fish_seen_subcommand_from delete" -l store -d 'Path of the store [default: $XDG_DATA_HOME/kabinet/kabinet.db]' -r -F
complete -c kabinet -n "__fish_kabinet_using_subcommand application; and __fish_seen_subcommand_from delete" -l passphrase-file -d 'Read the passphrase from the first line of this file' -r -F
complete -c kabinet -n "__fish_kabinet_using_subcommand application; and __fish_seen_subcommand_from delete" -l user -d 'Who is unlocking the store [default: its only user, else the one named as the OS user]' -r
complete -c kabinet -n "__fish_kabinet_using_subcommand application; and __fish_seen_subcommand_from delete" -l format -d 'Output format of lists and `show` (`ics`: `deadlines` only)' -r -f -a "table\t'A table fitted to the terminal'
json\t'One JSON document: an array for lists, an object for `show`'
csv\t'RFC 4180 CSV with a header row, UTF-8, ISO dates'
ics\t'iCalendar (RFC 5545), for `deadlines`'"
complete -c kabinet -n "__fish_kabinet_using_subcommand application; and __fish_seen_subcommand_from delete" -l lang -d 'Interface language [default: KABINET_LANG, else ru when LANG/LC_ALL starts with ru, else en]' -r -f -a "ru\t''
en\t''"
complete -c kabinet -n "__fish_kabinet_using_subcommand application; and __fish_seen_subcommand_from delete" -l holidays -d 'A file of extra or overriding days off and working days (format: see `kabinet calendar --help`)' -r -F
complete -c kabinet -n "__fish_kabinet_using_subcommand application; and __fish_seen_subcommand_from delete" -s y -l yes -d 'Answer yes to confirmation prompts (required to delete when not on a terminal)'
complete -c kabinet -n "__fish_kabinet_using_subcommand application; and __fish_seen_subcommand_from delete" -s q -l quiet -d 'Print only what was asked for: no confirmations, no warnings'
complete -c kabinet -n "__fish_kabinet_using_subcommand application; and __fish_seen_subcommand_from delete" -l no-color -d 'No colours (also when NO_COLOR is set)'
complete -c kabinet -n "__fish_kabinet_using_subcommand application; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kabinet -n "__fish_kabinet_using_subcommand application; and __fish_seen_subcommand_from help" -f -a "add" -d 'File an application and print its ID (Z-1, Z-2…)'
complete -c kabinet -n "__fish_kabinet_using_subcommand application; and __fish_seen_subcommand_from help" -f -a "list" -d 'List applications, latest submission first'
complete -c kabinet -n "__fish_kabinet_using_subcommand application; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show one application with its changes of status and the documents it relies on'
complete -c kabinet -n "__fish_kabinet_using_subcommand application; and __fish_seen_subcommand_from help" -f -a "edit" -d 'Change an application\'s details while no decision is made'
complete -c kabinet -n "__fish_kabinet_using_subcommand application; and __fish_seen_subcommand_from help" -f -a "status" -d 'Move an application to a new status (only the allowed transitions; dated and kept)'
complete -c kabinet -n "__fish_kabinet_using_subcommand application; and __fish_seen_subcommand_from help" -f -a "cancel" -d 'Cancel an open application'
complete -c kabinet -n "__fish_kabinet_using_subcommand application; and __fish_seen_subcommand_from help" -f -a "delete" -d 'Delete an application and its history'
complete -c kabinet -n "__fish_kabinet_using_subcommand application; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c kabinet -n "__fish_kabinet_using_subcommand zayav; and not __fish_seen_subcommand_from add list show edit status cancel delete help" -l store -d 'Path of the store [default: $XDG_DATA_HOME/kabinet/kabinet.db]' -r -F
complete -c kabinet -n "__fish_kabinet_using_subcommand zayav; and not __fish_seen_subcommand_from add list show edit status cancel delete help" -l passphrase-file -d 'Read the passphrase from the first line of this file' -r -F
complete -c kabinet -n "__fish_kabinet_using_subcommand zayav; and not __fish_seen_subcommand_from add list show edit status cancel delete help" -l user -d 'Who is unlocking the store [default: its only user, else the one named as the OS user]' -r
complete -c kabinet -n "__fish_kabinet_using_subcommand zayav; and not __fish_seen_subcommand_from add list show edit status cancel delete help" -l format -d 'Output format of lists and `show` (`ics`: `deadlines` only)' -r -f -a "table\t'A table fitted to the terminal'
json\t'One JSON document: an array for lists, an object for `show`'
csv\t'RFC 4180 CSV with a header row, UTF-8, ISO dates'
ics\t'iCalendar (RFC 5545), for `deadlines`'"
complete -c kabinet -n "__fish_kabinet_using_subcommand zayav; and not __fish_seen_subcommand_from add list show edit status cancel delete help" -l lang -d 'Interface language [default: KABINET_LANG, else ru when LANG/LC_ALL starts with ru, else en]' -r -f -a "ru\t''
en\t''"
complete -c kabinet -n "__fish_kabinet_using_subcommand zayav; and not __fish_seen_subcommand_from add list show edit status cancel delete help" -l holidays -d 'A file of extra or overriding days off and working days (format: see `kabinet calendar --help`)' -r -F
complete -c kabinet -n "__fish_kabinet_using_subcommand zayav; and not __fish_seen_subcommand_from add list show edit status cancel delete help" -s y -l yes -d 'Answer yes to confirmation prompts (required to delete when not on a terminal)'
complete -c kabinet -n "__fish_kabinet_using_subcommand zayav; and not __fish_seen_subcommand_from add list show edit status cancel delete help" -s q -l quiet -d 'Print only what was asked for: no confirmations, no warnings'
complete -c kabinet -n "__fish_kabinet_using_subcommand zayav; and not __fish_seen_subcommand_from add list show edit status cancel delete help" -l no-color -d 'No colours (also when NO_COLOR is set)'
complete -c kabinet -n "__fish_kabinet_using_subcommand zayav; and not __fish_seen_subcommand_from add list show edit status cancel delete help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kabinet -n "__fish_kabinet_using_subcommand zayav; and not __fish_seen_subcommand_from add list show edit status cancel delete help" -f -a "add" -d 'File an application and print its ID (Z-1, Z-2…)'
complete -c kabinet -n "__fish_kabinet_using_subcommand zayav; and not __fish_seen_subcommand_from add list show edit status cancel delete help" -f -a "list" -d 'List applications, latest submission first'
complete -c kabinet -n "__fish_kabinet_using_subcommand zayav; and not __fish_seen_subcommand_from add list show edit status cancel delete help" -f -a "show" -d 'Show one application with its changes of status and the documents it relies on'
complete -c kabinet -n "__fish_kabinet_using_subcommand zayav; and not __fish_seen_subcommand_from add list show edit status cancel delete help" -f -a "edit" -d 'Change an application\'s details while no decision is made'
complete -c kabinet -n "__fish_kabinet_using_subcommand zayav; and not __fish_seen_subcommand_from add list show edit status cancel delete help" -f -a "status" -d 'Move an application to a new status (only the allowed transitions; dated and kept)'
complete -c kabinet -n "__fish_kabinet_using_subcommand zayav; and not __fish_seen_subcommand_from add list show edit status cancel delete help" -f -a "cancel" -d 'Cancel an open application'
complete -c kabinet -n "__fish_kabinet_using_subcommand zayav; and not __fish_seen_subcommand_from add list show edit status cancel delete help" -f -a "delete" -d 'Delete an application and its history'
complete -c kabinet -n "__fish_kabinet_using_subcommand zayav; and not __fish_seen_subcommand_from add list show edit status cancel delete help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c kabinet -n "__fish_kabinet_using_subcommand zayav; and __fish_seen_subcommand_from add" -l applicant -d 'Who the application is for: full name (ФИО) [required]' -r
complete -c kabinet -n "__fish_kabinet_using_subcommand zayav; and __fish_seen_subcommand_from add" -l snils -d 'СНИЛС of the applicant' -r
complete -c kabinet -n "__fish_kabinet_using_subcommand zayav; and __fish_seen_subcommand_from add" -l agency -d 'The agency it is filed with: МФЦ, ФНС, ПФР, ГИБДД… [required]' -r
complete -c kabinet -n "__fish_kabinet_using_subcommand zayav; and __fish_seen_subcommand_from add" -l service -d 'The service applied for [required]' -r
complete -c kabinet -n "__fish_kabinet_using_subcommand zayav; and __fish_seen_subcommand_from add" -l number -d 'The agency\'s number for it' -r
complete -c kabinet -n "__fish_kabinet_using_subcommand zayav; and __fish_seen_subcommand_from add" -l submitted -d 'Day it was submitted, never in the future [required]' -r
complete -c kabinet -n "__fish_kabinet_using_subcommand zayav; and __fish_seen_subcommand_from add" -l due -d 'The agency\'s term: a date, or +N (+Nwd, +Nрд) working days after --submitted' -r
complete -c kabinet -n "__fish_kabinet_using_subcommand zayav; and __fish_seen_subcommand_from add" -l fee -d 'The fee, with a dot: 3500.00' -r
complete -c kabinet -n "__fish_kabinet_using_subcommand zayav; and __fish_seen_subcommand_from add" -l fee-status -d 'Whether the fee is paid: paid, pending, refused (or выполнен, в ожидании, отклонён)' -r
complete -c kabinet -n "__fish_kabinet_using_subcommand zayav; and __fish_seen_subcommand_from add" -l needs -d 'IDs of the documents it relies on: D-1,D-2' -r
complete -c kabinet -n "__fish_kabinet_using_subcommand zayav; and __fish_seen_subcommand_from add" -l notes -d 'Notes' -r
complete -c kabinet -n "__fish_kabinet_using_subcommand zayav; and __fish_seen_subcommand_from add" -l store -d 'Path of the store [default: $XDG_DATA_HOME/kabinet/kabinet.db]' -r -F
complete -c kabinet -n "__fish_kabinet_using_subcommand zayav; and __fish_seen_subcommand_from add" -l passphrase-file -d 'Read the passphrase from the first line of this file' -r -F
complete -c kabinet -n "__fish_kabinet_using_subcommand zayav; and __fish_seen_subcommand_from add" -l user -d 'Who is unlocking the store [default: its only user, else the one named as the OS user]' -r
complete -c kabinet -n "__fish_kabinet_using_subcommand zayav; and __fish_seen_subcommand_from add" -l format -d 'Output format of lists and `show` (`ics`: `deadlines` only)' -r -f -a "table\t'A table fitted to the terminal'
json\t'One JSON document: an array for lists, an object for `show`'
csv\t'RFC 4180 CSV with a header row, UTF-8, ISO dates'
ics\t'iCalendar (RFC 5545), for `deadlines`'"
complete -c kabinet -n "__fish_kabinet_using_subcommand zayav; and __fish_seen_subcommand_from add" -l lang -d 'Interface language [default: KABINET_LANG, else ru when LANG/LC_ALL starts with ru, else en]' -r -f -a "ru\t''
en\t''"
complete -c kabinet -n "__fish_kabinet_using_subcommand zayav; and __fish_seen_subcommand_from add" -l holidays -d 'A file of extra or overriding days off and working days (format: see `kabinet calendar --help`)' -r -F
complete -c kabinet -n "__fish_kabinet_using_subcommand zayav; and __fish_seen_subcommand_from add" -l force -d 'File it even if the same agency and number (or applicant, agency, service and day) exist'
complete -c kabinet -n "__fish_kabinet_using_subcommand zayav; and __fish_seen_subcommand_from add" -s y -l yes -d 'Answer yes to confirmation prompts (required to delete when not on a terminal)'
complete -c kabinet -n "__fish_kabinet_using_subcommand zayav; and __fish_seen_subcommand_from add" -s q -l quiet -d 'Print only what was asked for: no confirmations, no warnings'
complete -c kabinet -n "__fish_kabinet_using_subcommand zayav; and __fish_seen_subcommand_from add" -l no-color -d 'No colours (also when NO_COLOR is set)'
complete -c kabinet -n "__fish_kabinet_using_subcommand zayav; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kabinet -n "__fish_kabinet_using_subcommand zayav; and __fish_seen_subcommand_from list" -l from -d 'Submitted on or after this day' -r
complete -c kabinet -n "__fish_kabinet_using_subcommand zayav; and __fish_seen_subcommand_from list" -l to -d 'Submitted on or before this day' -r
complete -c kabinet -n "__fish_kabinet_using_subcommand zayav; and __fish_seen_subcommand_from list" -l status -d 'Only this status: accepted, processing, approved, rejected, cancelled, expired' -r
complete -c kabinet -n "__fish_kabinet_using_subcommand zayav; and __fish_seen_subcommand_from list" -l text -d 'Text anywhere in the application (case-insensitive)' -r
complete -c kabinet -n "__fish_kabinet_using_subcommand zayav; and __fish_seen_subcommand_from list" -l agency -d 'Part of the agency\'s name' -r
complete -c kabinet -n "__fish_kabinet_using_subcommand zayav; and __fish_seen_subcommand_from list" -l applicant -d 'Part of the applicant\'s name' -r
complete -c kabinet -n "__fish_kabinet_using_subcommand zayav; and __fish_seen_subcommand_from list" -l store -d 'Path of the store [default: $XDG_DATA_HOME/kabinet/kabinet.db]' -r -F
complete -c kabinet -n "__fish_kabinet_using_subcommand zayav; and __fish_seen_subcommand_from list" -l passphrase-file -d 'Read the passphrase from the first line of this file' -r -F
complete -c kabinet -n "__fish_kabinet_using_subcommand zayav; and __fish_seen_subcommand_from list" -l user -d 'Who is unlocking the store [default: its only user, else the one named as the OS user]' -r
complete -c kabinet -n "__fish_kabinet_using_subcommand zayav; and __fish_seen_subcommand_from list" -l format -d 'Output format of lists and `show` (`ics`: `deadlines` only)' -r -f -a "table\t'A table fitted to the terminal'
json\t'One JSON document: an array for lists, an object for `show`'
csv\t'RFC 4180 CSV with a header row, UTF-8, ISO dates'
ics\t'iCalendar (RFC 5545), for `deadlines`'"
complete -c kabinet -n "__fish_kabinet_using_subcommand zayav; and __fish_seen_subcommand_from list" -l lang -d 'Interface language [default: KABINET_LANG, else ru when LANG/LC_ALL starts with ru, else en]' -r -f -a "ru\t''
en\t''"
complete -c kabinet -n "__fish_kabinet_using_subcommand zayav; and __fish_seen_subcommand_from list" -l holidays -d 'A file of extra or overriding days off and working days (format: see `kabinet calendar --help`)' -r -F
complete -c kabinet -n "__fish_kabinet_using_subcommand zayav; and __fish_seen_subcommand_from list" -l overdue -d 'Only open ones past their term'
complete -c kabinet -n "__fish_kabinet_using_subcommand zayav; and __fish_seen_subcommand_from list" -s y -l yes -d 'Answer yes to confirmation prompts (required to delete when not on a terminal)'
complete -c kabinet -n "__fish_kabinet_using_subcommand zayav; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print only what was asked for: no confirmations, no warnings'
complete -c kabinet -n "__fish_kabinet_using_subcommand zayav; and __fish_seen_subcommand_from list" -l no-color -d 'No colours (also when NO_COLOR is set)'
complete -c kabinet -n "__fish_kabinet_using_subcommand zayav; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kabinet -n "__fish_kabinet_using_subcommand zayav; and __fish_seen_subcommand_from show" -l store -d 'Path of the store [default: $XDG_DATA_HOME/kabinet/kabinet.db]' -r -F
complete -c kabinet -n "__fish_kabinet_using_subcommand zayav; and __fish_seen_subcommand_from show" -l passphrase-file -d 'Read the passphrase from the first line of this file' -r -F
complete -c kabinet -n "__fish_kabinet_using_subcommand zayav; and __fish_seen_subcommand_from show" -l user -d 'Who is unlocking the store [default: its only user, else the one named as the OS user]' -r
complete -c kabinet -n "__fish_kabinet_using_subcommand zayav; and __fish_seen_subcommand_from show" -l format -d 'Output format of lists and `show` (`ics`: `deadlines` only)' -r -f -a "table\t'A table fitted to the terminal'
json\t'One JSON document: an array for lists, an object for `show`'
csv\t'RFC 4180 CSV with a header row, UTF-8, ISO dates'
ics\t'iCalendar (RFC 5545), for `deadlines`'"
complete -c kabinet -n "__fish_kabinet_using_subcommand zayav; and __fish_seen_subcommand_from show" -l lang -d 'Interface language [default: KABINET_LANG, else ru when LANG/LC_ALL starts with ru, else en]' -r -f -a "ru\t''
en\t''"
complete -c kabinet -n "__fish_kabinet_using_subcommand zayav; and __fish_seen_subcommand_from show" -l holidays -d 'A file of extra or overriding days off and working days (format: see `kabinet calendar --help`)' -r -F
complete -c kabinet -n "__fish_kabinet_using_subcommand zayav; and __fish_seen_subcommand_from show" -s y -l yes -d 'Answer yes to confirmation prompts (required to delete when not on a terminal)'
complete -c kabinet -n "__fish_kabinet_using_subcommand zayav; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Print only what was asked for: no confirmations, no warnings'
complete -c kabinet -n "__fish_kabinet_using_subcommand zayav; and __fish_seen_subcommand_from show" -l no-color -d 'No colours (also when NO_COLOR is set)'
complete -c kabinet -n "__fish_kabinet_using_subcommand zayav; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kabinet -n "__fish_kabinet_using_subcommand zayav; and __fish_seen_subcommand_from edit" -l applicant -d 'Who the application is for: full name (ФИО) [required]' -r
complete -c kabinet -n "__fish_kabinet_using_subcommand zayav; and __fish_seen_subcommand_from edit" -l snils -d 'СНИЛС of the applicant' -r
complete -c kabinet -n "__fish_kabinet_using_subcommand zayav; and __fish_seen_subcommand_from edit" -l agency -d 'The agency it is filed with: МФЦ, ФНС, ПФР, ГИБДД… [required]' -r
complete -c kabinet -n "__fish_kabinet_using_subcommand zayav; and __fish_seen_subcommand_from edit" -l service -d 'The service applied for [required]' -r
complete -c kabinet -n "__fish_kabinet_using_subcommand zayav; and __fish_seen_subcommand_from edit" -l number -d 'The agency\'s number for it' -r
complete -c kabinet -n "__fish_kabinet_using_subcommand zayav; and __fish_seen_subcommand_from edit" -l submitted -d 'Day it was submitted, never in the future [required]' -r
complete -c kabinet -n "__fish_kabinet_using_subcommand zayav; and __fish_seen_subcommand_from edit" -l due -d 'The agency\'s term: a date, or +N (+Nwd, +Nрд) working days after --submitted' -r
complete -c kabinet -n "__fish_kabinet_using_subcommand zayav; and __fish_seen_subcommand_from edit" -l fee -d 'The fee, with a dot: 3500.00' -r
complete -c kabinet -n "__fish_kabinet_using_subcommand zayav; and __fish_seen_subcommand_from edit" -l fee-status -d 'Whether the fee is paid: paid, pending, refused (or выполнен, в ожидании, отклонён)' -r
complete -c kabinet -n "__fish_kabinet_using_subcommand zayav; and __fish_seen_subcommand_from edit" -l needs -d 'IDs of the documents it relies on: D-1,D-2' -r
complete -c kabinet -n "__fish_kabinet_using_subcommand zayav; and __fish_seen_subcommand_from edit" -l notes -d 'Notes' -r
complete -c kabinet -n "__fish_kabinet_using_subcommand zayav; and __fish_seen_subcommand_from edit" -l store -d 'Path of the store [default: $XDG_DATA_HOME/kabinet/kabinet.db]' -r -F
complete -c kabinet -n "__fish_kabinet_using_subcommand zayav; and __fish_seen_subcommand_from edit" -l passphrase-file -d 'Read the passphrase from the first line of this file' -r -F
complete -c kabinet -n "__fish_kabinet_using_subcommand zayav; and __fish_seen_subcommand_from edit" -l user -d 'Who is unlocking the store [default: its only user, else the one named as the OS user]' -r
complete -c kabinet -n "__fish_kabinet_using_subcommand zayav; and __fish_seen_subcommand_from edit" -l format -d 'Output format of lists and `show` (`ics`: `deadlines` only)' -r -f -a "table\t'A table fitted to the terminal'
json\t'One JSON document: an array for lists, an object for `show`'
csv\t'RFC 4180 CSV with a header row, UTF-8, ISO dates'
ics\t'iCalendar (RFC 5545), for `deadlines`'"
complete -c kabinet -n "__fish_kabinet_using_subcommand zayav; and __fish_seen_subcommand_from edit" -l lang -d 'Interface language [default: KABINET_LANG, else ru when LANG/LC_ALL starts with ru, else en]' -r -f -a "ru\t''
en\t''"
complete -c kabinet -n "__fish_kabinet_using_subcommand zayav; and __fish_seen_subcommand_from edit" -l holidays -d 'A file of extra or overriding days off and working days (format: see `kabinet calendar --help`)' -r -F
complete -c kabinet -n "__fish_kabinet_using_subcommand zayav; and __fish_seen_subcommand_from edit" -l force -d 'Save even if the change duplicates another application'
complete -c kabinet -n "__fish_kabinet_using_subcommand zayav; and __fish_seen_subcommand_from edit" -s y -l yes -d 'Answer yes to confirmation prompts (required to delete when not on a terminal)'
complete -c kabinet -n "__fish_kabinet_using_subcommand zayav; and __fish_seen_subcommand_from edit" -s q -l quiet -d 'Print only what was asked for: no confirmations, no warnings'
complete -c kabinet -n "__fish_kabinet_using_subcommand zayav; and __fish_seen_subcommand_from edit" -l no-color -d 'No colours (also when NO_COLOR is set)'
complete -c kabinet -n "__fish_kabinet_using_subcommand zayav; and __fish_seen_subcommand_from edit" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kabinet -n "__fish_kabinet_using_subcommand zayav; and __fish_seen_subcommand_from status" -l reason -d 'Why (a refusal, a cancel)' -r
complete -c kabinet -n "__fish_kabinet_using_subcommand zayav; and __fish_seen_subcommand_from status" -l issues-doc -d 'On approval, the resulting document: a kind to add one (паспорт, загранпаспорт, license…) or the ID of one in the registry (D-12)' -r
complete -c kabinet -n "__fish_kabinet_using_subcommand zayav; and __fish_seen_subcommand_from status" -l series -d 'The new document\'s series' -r
complete -c kabinet -n "__fish_kabinet_using_subcommand zayav; and __fish_seen_subcommand_from status" -l number -d 'The new document\'s number' -r
complete -c kabinet -n "__fish_kabinet_using_subcommand zayav; and __fish_seen_subcommand_from status" -l issued -d 'The new document\'s day of issue [default: today]' -r
complete -c kabinet -n "__fish_kabinet_using_subcommand zayav; and __fish_seen_subcommand_from status" -l issued-by -d 'The new document\'s issuing body [default: the agency]' -r
complete -c kabinet -n "__fish_kabinet_using_subcommand zayav; and __fish_seen_subcommand_from status" -l department-code -d 'The new document\'s department code, NNN-NNN' -r
complete -c kabinet -n "__fish_kabinet_using_subcommand zayav; and __fish_seen_subcommand_from status" -l expires -d 'The new document\'s last day of validity; none means indefinite' -r
complete -c kabinet -n "__fish_kabinet_using_subcommand zayav; and __fish_seen_subcommand_from status" -l store -d 'Path of the store [default: $XDG_DATA_HOME/kabinet/kabinet.db]' -r -F
complete -c kabinet -n "__fish_kabinet_using_subcommand zayav; and __fish_seen_subcommand_from status" -l passphrase-file -d 'Read the passphrase from the first line of this file' -r -F
complete -c kabinet -n "__fish_kabinet_using_subcommand zayav; and __fish_seen_subcommand_from status" -l user -d 'Who is unlocking the store [default: its only user, else the one named as the OS user]' -r
complete -c kabinet -n "__fish_kabinet_using_subcommand zayav; and __fish_seen_subcommand_from status" -l format -d 'Output format of lists and `show` (`ics`: `deadlines` only)' -r -f -a "table\t'A table fitted to the terminal'
json\t'One JSON document: an array for lists, an object for `show`'
csv\t'RFC 4180 CSV with a header row, UTF-8, ISO dates'
ics\t'iCalendar (RFC 5545), for `deadlines`'"
complete -c kabinet -n "__fish_kabinet_using_subcommand zayav; and __fish_seen_subcommand_from status" -l lang -d 'Interface language [default: KABINET_LANG, else ru when LANG/LC_ALL starts with ru, else en]' -r -f -a "ru\t''
en\t''"
complete -c kabinet -n "__fish_kabinet_using_subcommand zayav; and __fish_seen_subcommand_from status" -l holidays -d 'A file of extra or overriding days off and working days (format: see `kabinet calendar --help`)' -r -F
complete -c kabinet -n "__fish_kabinet_using_subcommand zayav; and __fish_seen_subcommand_from status" -s y -l yes -d 'Answer yes to confirmation prompts (required to delete when not on a terminal)'
complete -c kabinet -n "__fish_kabinet_using_subcommand zayav; and __fish_seen_subcommand_from status" -s q -l quiet -d 'Print only what was asked for: no confirmations, no warnings'
complete -c kabinet -n "__fish_kabinet_using_subcommand zayav; and __fish_seen_subcommand_from status" -l no-color -d 'No colours (also when NO_COLOR is set)'
complete -c kabinet -n "__fish_kabinet_using_subcommand zayav; and __fish_seen_subcommand_from status" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kabinet -n "__fish_kabinet_using_subcommand zayav; and __fish_seen_subcommand_from cancel" -l reason -d 'Why' -r
complete -c kabinet -n "__fish_kabinet_using_subcommand zayav; and __fish_seen_subcommand_from cancel" -l store -d 'Path of the store [default: $XDG_DATA_HOME/kabinet/kabinet.db]' -r -F
complete -c kabinet -n "__fish_kabinet_using_subcommand zayav; and __fish_seen_subcommand_from cancel" -l passphrase-file -d 'Read the passphrase from the first line of this file' -r -F
complete -c kabinet -n "__fish_kabinet_using_subcommand zayav; and __fish_seen_subcommand_from cancel" -l user -d 'Who is unlocking the store [default: its only user, else the one named as the OS user]' -r
complete -c kabinet -n "__fish_kabinet_using_subcommand zayav; and __fish_seen_subcommand_from cancel" -l format -d 'Output format of lists and `show` (`ics`: `deadlines` only)' -r -f -a "table\t'A table fitted to the terminal'
json\t'One JSON document: an array for lists, an object for `show`'
csv\t'RFC 4180 CSV with a header row, UTF-8, ISO dates'
ics\t'iCalendar (RFC 5545), for `deadlines`'"
complete -c kabinet -n "__fish_kabinet_using_subcommand zayav; and __fish_seen_subcommand_from cancel" -l lang -d 'Interface language [default: KABINET_LANG, else ru when LANG/LC_ALL starts with ru, else en]' -r -f -a "ru\t''
en\t''"
complete -c kabinet -n "__fish_kabinet_using_subcommand zayav; and __fish_seen_subcommand_from cancel" -l holidays -d 'A file of extra or overriding days off and working days (format: see `kabinet calendar --help`)' -r -F
complete -c kabinet -n "__fish_kabinet_using_subcommand zayav; and __fish_seen_subcommand_from cancel" -s y -l yes -d 'Answer yes to confirmation prompts (required to delete when not on a terminal)'
complete -c kabinet -n "__fish_kabinet_using_subcommand zayav; and __fish_seen_subcommand_from cancel" -s q -l quiet -d 'Print only what was asked for: no confirmations, no warnings'
complete -c kabinet -n "__fish_kabinet_using_subcommand zayav; and __fish_seen_subcommand_from cancel" -l no-color -d 'No colours (also when NO_COLOR is set)'
complete -c kabinet -n "__fish_kabinet_using_subcommand zayav; and __fish_seen_subcommand_from cancel" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kabinet -n "__fish_kabinet_using_subcommand zayav; and __fish_seen_subcommand_from delete" -l store -d 'Path of the store [default: $XDG_DATA_HOME/kabinet/kabinet.db]' -r -F
complete -c kabinet -n "__fish_kabinet_using_subcommand zayav; and __fish_seen_subcommand_from delete" -l passphrase-file -d 'Read the passphrase from the first line of this file' -r -F
complete -c kabinet -n "__fish_kabinet_using_subcommand zayav; and __fish_seen_subcommand_from delete" -l user -d 'Who is unlocking the store [default: its only user, else the one named as the OS user]' -r
complete -c kabinet -n "__fish_kabinet_using_subcommand zayav; and __fish_seen_subcommand_from delete" -l format -d 'Output format of lists and `show` (`ics`: `deadlines` only)' -r -f -a "table\t'A table fitted to the terminal'
json\t'One JSON document: an array for lists, an object for `show`'
csv\t'RFC 4180 CSV with a header row, UTF-8, ISO dates'
ics\t'iCalendar (RFC 5545), for `deadlines`'"
complete -c kabinet -n "__fish_kabinet_using_subcommand zayav; and __fish_seen_subcommand_from delete" -l lang -d 'Interface language [default: KABINET_LANG, else ru when LANG/LC_ALL starts with ru, else en]' -r -f -a "ru\t''
en\t''"
complete -c kabinet -n "__fish_kabinet_using_subcommand zayav; and __fish_seen_subcommand_from delete" -l holidays -d 'A file of extra or overriding days off and working days (format: see `kabinet calendar --help`)' -r -F
complete -c kabinet -n "__fish_kabinet_using_subcommand zayav; and __fish_seen_subcommand_from delete" -s y -l yes -d 'Answer yes to confirmation prompts (required to delete when not on a terminal)'
complete -c kabinet -n "__fish_kabinet_using_subcommand zayav; and __fish_seen_subcommand_from delete" -s q -l quiet -d 'Print only what was asked for: no confirmations, no warnings'
complete -c kabinet -n "__fish_kabinet_using_subcommand zayav; and __fish_seen_subcommand_from delete" -l no-color -d 'No colours (also when NO_COLOR is set)'
complete -c kabinet -n "__fish_kabinet_using_subcommand zayav; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kabinet -n "__fish_kabinet_using_subcommand zayav; and __fish_seen_subcommand_from help" -f -a "add" -d 'File an application and print its ID (Z-1, Z-2…)'
complete -c kabinet -n "__fish_kabinet_using_subcommand zayav; and __fish_seen_subcommand_from help" -f -a "list" -d 'List applications, latest submission first'
complete -c kabinet -n "__fish_kabinet_using_subcommand zayav; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show one application with its changes of status and the documents it relies on'
complete -c kabinet -n "__fish_kabinet_using_subcommand zayav; and __fish_seen_subcommand_from help" -f -a "edit" -d 'Change an application\'s details while no decision is made'
complete -c kabinet -n "__fish_kabinet_using_subcommand zayav; and __fish_seen_subcommand_from help" -f -a "status" -d 'Move an application to a new status (only the allowed transitions; dated and kept)'
complete -c kabinet -n "__fish_kabinet_using_subcommand zayav; and __fish_seen_subcommand_from help" -f -a "cancel" -d 'Cancel an open application'
complete -c kabinet -n "__fish_kabinet_using_subcommand zayav; and __fish_seen_subcommand_from help" -f -a "delete" -d 'Delete an application and its history'
complete -c kabinet -n "__fish_kabinet_using_subcommand zayav; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c kabinet -n "__fish_kabinet_using_subcommand deadlines" -l within -d 'How far ahead: 14d, 2w, or 3wd for working days' -r
complete -c kabinet -n "__fish_kabinet_using_subcommand deadlines" -l kind -d 'Only this kind: doc, appt, record, obligation, application' -r -f -a "doc\t''
appt\t''
record\t''
obligation\t''
application\t''"
complete -c kabinet -n "__fish_kabinet_using_subcommand deadlines" -l subject -l holder -d 'Only items about this person (subject, holder, person; case-insensitive)' -r
complete -c kabinet -n "__fish_kabinet_using_subcommand deadlines" -l store -d 'Path of the store [default: $XDG_DATA_HOME/kabinet/kabinet.db]' -r -F
complete -c kabinet -n "__fish_kabinet_using_subcommand deadlines" -l passphrase-file -d 'Read the passphrase from the first line of this file' -r -F
complete -c kabinet -n "__fish_kabinet_using_subcommand deadlines" -l user -d 'Who is unlocking the store [default: its only user, else the one named as the OS user]' -r
complete -c kabinet -n "__fish_kabinet_using_subcommand deadlines" -l format -d 'Output format of lists and `show` (`ics`: `deadlines` only)' -r -f -a "table\t'A table fitted to the terminal'
json\t'One JSON document: an array for lists, an object for `show`'
csv\t'RFC 4180 CSV with a header row, UTF-8, ISO dates'
ics\t'iCalendar (RFC 5545), for `deadlines`'"
complete -c kabinet -n "__fish_kabinet_using_subcommand deadlines" -l lang -d 'Interface language [default: KABINET_LANG, else ru when LANG/LC_ALL starts with ru, else en]' -r -f -a "ru\t''
en\t''"
complete -c kabinet -n "__fish_kabinet_using_subcommand deadlines" -l holidays -d 'A file of extra or overriding days off and working days (format: see `kabinet calendar --help`)' -r -F
complete -c kabinet -n "__fish_kabinet_using_subcommand deadlines" -l overdue -d 'Only what is overdue'
complete -c kabinet -n "__fish_kabinet_using_subcommand deadlines" -l check -d 'Monitoring-plugin mode: a status line, details, exit 0/1/2/3'
complete -c kabinet -n "__fish_kabinet_using_subcommand deadlines" -l reminders -d 'Also each item\'s latest reminder sent by `kabinet notify` (occasion, status, when)'
complete -c kabinet -n "__fish_kabinet_using_subcommand deadlines" -s y -l yes -d 'Answer yes to confirmation prompts (required to delete when not on a terminal)'
complete -c kabinet -n "__fish_kabinet_using_subcommand deadlines" -s q -l quiet -d 'Print only what was asked for: no confirmations, no warnings'
complete -c kabinet -n "__fish_kabinet_using_subcommand deadlines" -l no-color -d 'No colours (also when NO_COLOR is set)'
complete -c kabinet -n "__fish_kabinet_using_subcommand deadlines" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kabinet -n "__fish_kabinet_using_subcommand calendar" -l store -d 'Path of the store [default: $XDG_DATA_HOME/kabinet/kabinet.db]' -r -F
complete -c kabinet -n "__fish_kabinet_using_subcommand calendar" -l passphrase-file -d 'Read the passphrase from the first line of this file' -r -F
complete -c kabinet -n "__fish_kabinet_using_subcommand calendar" -l user -d 'Who is unlocking the store [default: its only user, else the one named as the OS user]' -r
complete -c kabinet -n "__fish_kabinet_using_subcommand calendar" -l format -d 'Output format of lists and `show` (`ics`: `deadlines` only)' -r -f -a "table\t'A table fitted to the terminal'
json\t'One JSON document: an array for lists, an object for `show`'
csv\t'RFC 4180 CSV with a header row, UTF-8, ISO dates'
ics\t'iCalendar (RFC 5545), for `deadlines`'"
complete -c kabinet -n "__fish_kabinet_using_subcommand calendar" -l lang -d 'Interface language [default: KABINET_LANG, else ru when LANG/LC_ALL starts with ru, else en]' -r -f -a "ru\t''
en\t''"
complete -c kabinet -n "__fish_kabinet_using_subcommand calendar" -l holidays -d 'A file of extra or overriding days off and working days (format: see `kabinet calendar --help`)' -r -F
complete -c kabinet -n "__fish_kabinet_using_subcommand calendar" -s y -l yes -d 'Answer yes to confirmation prompts (required to delete when not on a terminal)'
complete -c kabinet -n "__fish_kabinet_using_subcommand calendar" -s q -l quiet -d 'Print only what was asked for: no confirmations, no warnings'
complete -c kabinet -n "__fish_kabinet_using_subcommand calendar" -l no-color -d 'No colours (also when NO_COLOR is set)'
complete -c kabinet -n "__fish_kabinet_using_subcommand calendar" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kabinet -n "__fish_kabinet_using_subcommand import" -l kind -d 'What the file holds' -r -f -a "record\t'Diary records'
doc\t'Documents'
appt\t'Appointments'
application\t'Applications'"
complete -c kabinet -n "__fish_kabinet_using_subcommand import" -l encoding -d 'Character encoding [default: UTF-8, or Windows-1251 when the file is not valid UTF-8]' -r -f -a "utf-8\t'UTF-8, with or without a byte-order mark'
windows-1251\t'Windows-1251 (Cyrillic Excel on Windows)'"
complete -c kabinet -n "__fish_kabinet_using_subcommand import" -l delimiter -d 'Field delimiter: `,` `;` or `tab` [default: guessed from the header line]' -r
complete -c kabinet -n "__fish_kabinet_using_subcommand import" -l map -d 'Read column COLUMN as field FIELD, e.g. --map "Дата визита=event_date" (repeatable)' -r
complete -c kabinet -n "__fish_kabinet_using_subcommand import" -l sheet -d 'A workbook\'s sheet to read [default: the one named for the kind, else the first with data]' -r
complete -c kabinet -n "__fish_kabinet_using_subcommand import" -l reject-file -d 'With --skip-invalid: write the bad rows here, as read, with a `reason` column' -r -F
complete -c kabinet -n "__fish_kabinet_using_subcommand import" -l store -d 'Path of the store [default: $XDG_DATA_HOME/kabinet/kabinet.db]' -r -F
complete -c kabinet -n "__fish_kabinet_using_subcommand import" -l passphrase-file -d 'Read the passphrase from the first line of this file' -r -F
complete -c kabinet -n "__fish_kabinet_using_subcommand import" -l user -d 'Who is unlocking the store [default: its only user, else the one named as the OS user]' -r
complete -c kabinet -n "__fish_kabinet_using_subcommand import" -l format -d 'Output format of lists and `show` (`ics`: `deadlines` only)' -r -f -a "table\t'A table fitted to the terminal'
json\t'One JSON document: an array for lists, an object for `show`'
csv\t'RFC 4180 CSV with a header row, UTF-8, ISO dates'
ics\t'iCalendar (RFC 5545), for `deadlines`'"
complete -c kabinet -n "__fish_kabinet_using_subcommand import" -l lang -d 'Interface language [default: KABINET_LANG, else ru when LANG/LC_ALL starts with ru, else en]' -r -f -a "ru\t''
en\t''"
complete -c kabinet -n "__fish_kabinet_using_subcommand import" -l holidays -d 'A file of extra or overriding days off and working days (format: see `kabinet calendar --help`)' -r -F
complete -c kabinet -n "__fish_kabinet_using_subcommand import" -l ignore-unknown -d 'Skip columns that match no field instead of refusing the file'
complete -c kabinet -n "__fish_kabinet_using_subcommand import" -l decimal-comma -d 'Amounts are written with a decimal comma, as Russian Excel does (`1 074,50`); always so in a `;` file'
complete -c kabinet -n "__fish_kabinet_using_subcommand import" -l skip-invalid -d 'Import the good rows and leave out the bad ones (exit 0)'
complete -c kabinet -n "__fish_kabinet_using_subcommand import" -l dry-run -d 'Check everything, write nothing, and report what would be imported'
complete -c kabinet -n "__fish_kabinet_using_subcommand import" -s y -l yes -d 'Answer yes to confirmation prompts (required to delete when not on a terminal)'
complete -c kabinet -n "__fish_kabinet_using_subcommand import" -s q -l quiet -d 'Print only what was asked for: no confirmations, no warnings'
complete -c kabinet -n "__fish_kabinet_using_subcommand import" -l no-color -d 'No colours (also when NO_COLOR is set)'
complete -c kabinet -n "__fish_kabinet_using_subcommand import" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kabinet -n "__fish_kabinet_using_subcommand export" -l kind -d 'What to export (`deadlines`: what `kabinet deadlines` shows)' -r -f -a "record\t''
doc\t''
appt\t''
application\t''
deadlines\t'Everything due, as `kabinet deadlines` gathers it'
all\t'XLSX: a workbook with a sheet for each kind you may see'"
complete -c kabinet -n "__fish_kabinet_using_subcommand export" -l receipt -d 'PDF: a one-page receipt for this record, appointment or application (R-…, A-…, Z-…)' -r
complete -c kabinet -n "__fish_kabinet_using_subcommand export" -l within -d 'Deadlines: how far ahead, as for `kabinet deadlines` [default: 14d]' -r
complete -c kabinet -n "__fish_kabinet_using_subcommand export" -s o -l output -d 'Write to this file instead of standard output (created with owner-only permissions)' -r -F
complete -c kabinet -n "__fish_kabinet_using_subcommand export" -l from -d 'On or after this day (records: the event\'s day; appointments: the start\'s; applications: the submission\'s)' -r
complete -c kabinet -n "__fish_kabinet_using_subcommand export" -l to -d 'On or before this day (records: the event\'s day; appointments: the start\'s; applications: the submission\'s)' -r
complete -c kabinet -n "__fish_kabinet_using_subcommand export" -l status -d 'Only this status (records: ok, late, amended; documents: valid, expiring, expired, indefinite, archived; appointments: scheduled, done, no_show, cancelled; applications: accepted, processing, approved, rejected, cancelled, expired)' -r
complete -c kabinet -n "__fish_kabinet_using_subcommand export" -l text -d 'Text anywhere in the item (case-insensitive)' -r
complete -c kabinet -n "__fish_kabinet_using_subcommand export" -l type -d 'Records: only this type (case-insensitive)' -r
complete -c kabinet -n "__fish_kabinet_using_subcommand export" -l subject -d 'Records: subject ID or part of the subject\'s name' -r
complete -c kabinet -n "__fish_kabinet_using_subcommand export" -l doc-kind -d 'Documents: only this kind of document' -r
complete -c kabinet -n "__fish_kabinet_using_subcommand export" -l holder -d 'Documents: part of the holder\'s name' -r
complete -c kabinet -n "__fish_kabinet_using_subcommand export" -l person -d 'Appointments: part of the person\'s name' -r
complete -c kabinet -n "__fish_kabinet_using_subcommand export" -l institution -d 'Appointments: part of the institution\'s name' -r
complete -c kabinet -n "__fish_kabinet_using_subcommand export" -l agency -d 'Applications: part of the agency\'s name' -r
complete -c kabinet -n "__fish_kabinet_using_subcommand export" -l applicant -d 'Applications: part of the applicant\'s name' -r
complete -c kabinet -n "__fish_kabinet_using_subcommand export" -l store -d 'Path of the store [default: $XDG_DATA_HOME/kabinet/kabinet.db]' -r -F
complete -c kabinet -n "__fish_kabinet_using_subcommand export" -l passphrase-file -d 'Read the passphrase from the first line of this file' -r -F
complete -c kabinet -n "__fish_kabinet_using_subcommand export" -l user -d 'Who is unlocking the store [default: its only user, else the one named as the OS user]' -r
complete -c kabinet -n "__fish_kabinet_using_subcommand export" -l format -d 'Output format of lists and `show` (`ics`: `deadlines` only)' -r -f -a "table\t'A table fitted to the terminal'
json\t'One JSON document: an array for lists, an object for `show`'
csv\t'RFC 4180 CSV with a header row, UTF-8, ISO dates'
ics\t'iCalendar (RFC 5545), for `deadlines`'"
complete -c kabinet -n "__fish_kabinet_using_subcommand export" -l lang -d 'Interface language [default: KABINET_LANG, else ru when LANG/LC_ALL starts with ru, else en]' -r -f -a "ru\t''
en\t''"
complete -c kabinet -n "__fish_kabinet_using_subcommand export" -l holidays -d 'A file of extra or overriding days off and working days (format: see `kabinet calendar --help`)' -r -F
complete -c kabinet -n "__fish_kabinet_using_subcommand export" -l sign -d 'Also write FILE.sig, a minisign signature by the store\'s key (needs -o)'
complete -c kabinet -n "__fish_kabinet_using_subcommand export" -l excel -d 'For Excel with Russian settings: a byte-order mark, `;` between fields, decimal commas, and no cell that a spreadsheet would run as a formula'
complete -c kabinet -n "__fish_kabinet_using_subcommand export" -l upcoming -d 'Appointments: only scheduled ones from now on'
complete -c kabinet -n "__fish_kabinet_using_subcommand export" -l overdue -d 'Applications: only open ones past their term'
complete -c kabinet -n "__fish_kabinet_using_subcommand export" -l all -d 'Records: include those superseded by an amendment; documents: include archived ones'
complete -c kabinet -n "__fish_kabinet_using_subcommand export" -s y -l yes -d 'Answer yes to confirmation prompts (required to delete when not on a terminal)'
complete -c kabinet -n "__fish_kabinet_using_subcommand export" -s q -l quiet -d 'Print only what was asked for: no confirmations, no warnings'
complete -c kabinet -n "__fish_kabinet_using_subcommand export" -l no-color -d 'No colours (also when NO_COLOR is set)'
complete -c kabinet -n "__fish_kabinet_using_subcommand export" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kabinet -n "__fish_kabinet_using_subcommand verify-file" -l sig -d 'Its signature [default: FILE.sig]' -r -F
complete -c kabinet -n "__fish_kabinet_using_subcommand verify-file" -l key -d 'A minisign public key file (from `kabinet key public`) or the `RW…` line itself; without it, the store\'s own key is used' -r
complete -c kabinet -n "__fish_kabinet_using_subcommand verify-file" -l store -d 'Path of the store [default: $XDG_DATA_HOME/kabinet/kabinet.db]' -r -F
complete -c kabinet -n "__fish_kabinet_using_subcommand verify-file" -l passphrase-file -d 'Read the passphrase from the first line of this file' -r -F
complete -c kabinet -n "__fish_kabinet_using_subcommand verify-file" -l user -d 'Who is unlocking the store [default: its only user, else the one named as the OS user]' -r
complete -c kabinet -n "__fish_kabinet_using_subcommand verify-file" -l format -d 'Output format of lists and `show` (`ics`: `deadlines` only)' -r -f -a "table\t'A table fitted to the terminal'
json\t'One JSON document: an array for lists, an object for `show`'
csv\t'RFC 4180 CSV with a header row, UTF-8, ISO dates'
ics\t'iCalendar (RFC 5545), for `deadlines`'"
complete -c kabinet -n "__fish_kabinet_using_subcommand verify-file" -l lang -d 'Interface language [default: KABINET_LANG, else ru when LANG/LC_ALL starts with ru, else en]' -r -f -a "ru\t''
en\t''"
complete -c kabinet -n "__fish_kabinet_using_subcommand verify-file" -l holidays -d 'A file of extra or overriding days off and working days (format: see `kabinet calendar --help`)' -r -F
complete -c kabinet -n "__fish_kabinet_using_subcommand verify-file" -s y -l yes -d 'Answer yes to confirmation prompts (required to delete when not on a terminal)'
complete -c kabinet -n "__fish_kabinet_using_subcommand verify-file" -s q -l quiet -d 'Print only what was asked for: no confirmations, no warnings'
complete -c kabinet -n "__fish_kabinet_using_subcommand verify-file" -l no-color -d 'No colours (also when NO_COLOR is set)'
complete -c kabinet -n "__fish_kabinet_using_subcommand verify-file" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kabinet -n "__fish_kabinet_using_subcommand verify" -l head -d 'Also check against this head of the audit trail (SEQ:HASH, as a receipt, a signed export or an earlier verify printed it)' -r
complete -c kabinet -n "__fish_kabinet_using_subcommand verify" -l store -d 'Path of the store [default: $XDG_DATA_HOME/kabinet/kabinet.db]' -r -F
complete -c kabinet -n "__fish_kabinet_using_subcommand verify" -l passphrase-file -d 'Read the passphrase from the first line of this file' -r -F
complete -c kabinet -n "__fish_kabinet_using_subcommand verify" -l user -d 'Who is unlocking the store [default: its only user, else the one named as the OS user]' -r
complete -c kabinet -n "__fish_kabinet_using_subcommand verify" -l format -d 'Output format of lists and `show` (`ics`: `deadlines` only)' -r -f -a "table\t'A table fitted to the terminal'
json\t'One JSON document: an array for lists, an object for `show`'
csv\t'RFC 4180 CSV with a header row, UTF-8, ISO dates'
ics\t'iCalendar (RFC 5545), for `deadlines`'"
complete -c kabinet -n "__fish_kabinet_using_subcommand verify" -l lang -d 'Interface language [default: KABINET_LANG, else ru when LANG/LC_ALL starts with ru, else en]' -r -f -a "ru\t''
en\t''"
complete -c kabinet -n "__fish_kabinet_using_subcommand verify" -l holidays -d 'A file of extra or overriding days off and working days (format: see `kabinet calendar --help`)' -r -F
complete -c kabinet -n "__fish_kabinet_using_subcommand verify" -s y -l yes -d 'Answer yes to confirmation prompts (required to delete when not on a terminal)'
complete -c kabinet -n "__fish_kabinet_using_subcommand verify" -s q -l quiet -d 'Print only what was asked for: no confirmations, no warnings'
complete -c kabinet -n "__fish_kabinet_using_subcommand verify" -l no-color -d 'No colours (also when NO_COLOR is set)'
complete -c kabinet -n "__fish_kabinet_using_subcommand verify" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kabinet -n "__fish_kabinet_using_subcommand log" -l since -d 'Only changes on or after this day' -r
complete -c kabinet -n "__fish_kabinet_using_subcommand log" -l item -d 'Only changes to this item (R-42, D-7, A-3, O-1)' -r
complete -c kabinet -n "__fish_kabinet_using_subcommand log" -l by -d 'Only changes made by this user of the store (`--user` is who unlocks it)' -r
complete -c kabinet -n "__fish_kabinet_using_subcommand log" -l store -d 'Path of the store [default: $XDG_DATA_HOME/kabinet/kabinet.db]' -r -F
complete -c kabinet -n "__fish_kabinet_using_subcommand log" -l passphrase-file -d 'Read the passphrase from the first line of this file' -r -F
complete -c kabinet -n "__fish_kabinet_using_subcommand log" -l user -d 'Who is unlocking the store [default: its only user, else the one named as the OS user]' -r
complete -c kabinet -n "__fish_kabinet_using_subcommand log" -l format -d 'Output format of lists and `show` (`ics`: `deadlines` only)' -r -f -a "table\t'A table fitted to the terminal'
json\t'One JSON document: an array for lists, an object for `show`'
csv\t'RFC 4180 CSV with a header row, UTF-8, ISO dates'
ics\t'iCalendar (RFC 5545), for `deadlines`'"
complete -c kabinet -n "__fish_kabinet_using_subcommand log" -l lang -d 'Interface language [default: KABINET_LANG, else ru when LANG/LC_ALL starts with ru, else en]' -r -f -a "ru\t''
en\t''"
complete -c kabinet -n "__fish_kabinet_using_subcommand log" -l holidays -d 'A file of extra or overriding days off and working days (format: see `kabinet calendar --help`)' -r -F
complete -c kabinet -n "__fish_kabinet_using_subcommand log" -s y -l yes -d 'Answer yes to confirmation prompts (required to delete when not on a terminal)'
complete -c kabinet -n "__fish_kabinet_using_subcommand log" -s q -l quiet -d 'Print only what was asked for: no confirmations, no warnings'
complete -c kabinet -n "__fish_kabinet_using_subcommand log" -l no-color -d 'No colours (also when NO_COLOR is set)'
complete -c kabinet -n "__fish_kabinet_using_subcommand log" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kabinet -n "__fish_kabinet_using_subcommand history" -l store -d 'Path of the store [default: $XDG_DATA_HOME/kabinet/kabinet.db]' -r -F
complete -c kabinet -n "__fish_kabinet_using_subcommand history" -l passphrase-file -d 'Read the passphrase from the first line of this file' -r -F
complete -c kabinet -n "__fish_kabinet_using_subcommand history" -l user -d 'Who is unlocking the store [default: its only user, else the one named as the OS user]' -r
complete -c kabinet -n "__fish_kabinet_using_subcommand history" -l format -d 'Output format of lists and `show` (`ics`: `deadlines` only)' -r -f -a "table\t'A table fitted to the terminal'
json\t'One JSON document: an array for lists, an object for `show`'
csv\t'RFC 4180 CSV with a header row, UTF-8, ISO dates'
ics\t'iCalendar (RFC 5545), for `deadlines`'"
complete -c kabinet -n "__fish_kabinet_using_subcommand history" -l lang -d 'Interface language [default: KABINET_LANG, else ru when LANG/LC_ALL starts with ru, else en]' -r -f -a "ru\t''
en\t''"
complete -c kabinet -n "__fish_kabinet_using_subcommand history" -l holidays -d 'A file of extra or overriding days off and working days (format: see `kabinet calendar --help`)' -r -F
complete -c kabinet -n "__fish_kabinet_using_subcommand history" -s y -l yes -d 'Answer yes to confirmation prompts (required to delete when not on a terminal)'
complete -c kabinet -n "__fish_kabinet_using_subcommand history" -s q -l quiet -d 'Print only what was asked for: no confirmations, no warnings'
complete -c kabinet -n "__fish_kabinet_using_subcommand history" -l no-color -d 'No colours (also when NO_COLOR is set)'
complete -c kabinet -n "__fish_kabinet_using_subcommand history" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kabinet -n "__fish_kabinet_using_subcommand revert" -l to -d 'The version to restore, as numbered by `kabinet history`' -r
complete -c kabinet -n "__fish_kabinet_using_subcommand revert" -l store -d 'Path of the store [default: $XDG_DATA_HOME/kabinet/kabinet.db]' -r -F
complete -c kabinet -n "__fish_kabinet_using_subcommand revert" -l passphrase-file -d 'Read the passphrase from the first line of this file' -r -F
complete -c kabinet -n "__fish_kabinet_using_subcommand revert" -l user -d 'Who is unlocking the store [default: its only user, else the one named as the OS user]' -r
complete -c kabinet -n "__fish_kabinet_using_subcommand revert" -l format -d 'Output format of lists and `show` (`ics`: `deadlines` only)' -r -f -a "table\t'A table fitted to the terminal'
json\t'One JSON document: an array for lists, an object for `show`'
csv\t'RFC 4180 CSV with a header row, UTF-8, ISO dates'
ics\t'iCalendar (RFC 5545), for `deadlines`'"
complete -c kabinet -n "__fish_kabinet_using_subcommand revert" -l lang -d 'Interface language [default: KABINET_LANG, else ru when LANG/LC_ALL starts with ru, else en]' -r -f -a "ru\t''
en\t''"
complete -c kabinet -n "__fish_kabinet_using_subcommand revert" -l holidays -d 'A file of extra or overriding days off and working days (format: see `kabinet calendar --help`)' -r -F
complete -c kabinet -n "__fish_kabinet_using_subcommand revert" -s y -l yes -d 'Answer yes to confirmation prompts (required to delete when not on a terminal)'
complete -c kabinet -n "__fish_kabinet_using_subcommand revert" -s q -l quiet -d 'Print only what was asked for: no confirmations, no warnings'
complete -c kabinet -n "__fish_kabinet_using_subcommand revert" -l no-color -d 'No colours (also when NO_COLOR is set)'
complete -c kabinet -n "__fish_kabinet_using_subcommand revert" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kabinet -n "__fish_kabinet_using_subcommand attach" -l store -d 'Path of the store [default: $XDG_DATA_HOME/kabinet/kabinet.db]' -r -F
complete -c kabinet -n "__fish_kabinet_using_subcommand attach" -l passphrase-file -d 'Read the passphrase from the first line of this file' -r -F
complete -c kabinet -n "__fish_kabinet_using_subcommand attach" -l user -d 'Who is unlocking the store [default: its only user, else the one named as the OS user]' -r
complete -c kabinet -n "__fish_kabinet_using_subcommand attach" -l format -d 'Output format of lists and `show` (`ics`: `deadlines` only)' -r -f -a "table\t'A table fitted to the terminal'
json\t'One JSON document: an array for lists, an object for `show`'
csv\t'RFC 4180 CSV with a header row, UTF-8, ISO dates'
ics\t'iCalendar (RFC 5545), for `deadlines`'"
complete -c kabinet -n "__fish_kabinet_using_subcommand attach" -l lang -d 'Interface language [default: KABINET_LANG, else ru when LANG/LC_ALL starts with ru, else en]' -r -f -a "ru\t''
en\t''"
complete -c kabinet -n "__fish_kabinet_using_subcommand attach" -l holidays -d 'A file of extra or overriding days off and working days (format: see `kabinet calendar --help`)' -r -F
complete -c kabinet -n "__fish_kabinet_using_subcommand attach" -s y -l yes -d 'Answer yes to confirmation prompts (required to delete when not on a terminal)'
complete -c kabinet -n "__fish_kabinet_using_subcommand attach" -s q -l quiet -d 'Print only what was asked for: no confirmations, no warnings'
complete -c kabinet -n "__fish_kabinet_using_subcommand attach" -l no-color -d 'No colours (also when NO_COLOR is set)'
complete -c kabinet -n "__fish_kabinet_using_subcommand attach" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kabinet -n "__fish_kabinet_using_subcommand attachments" -l store -d 'Path of the store [default: $XDG_DATA_HOME/kabinet/kabinet.db]' -r -F
complete -c kabinet -n "__fish_kabinet_using_subcommand attachments" -l passphrase-file -d 'Read the passphrase from the first line of this file' -r -F
complete -c kabinet -n "__fish_kabinet_using_subcommand attachments" -l user -d 'Who is unlocking the store [default: its only user, else the one named as the OS user]' -r
complete -c kabinet -n "__fish_kabinet_using_subcommand attachments" -l format -d 'Output format of lists and `show` (`ics`: `deadlines` only)' -r -f -a "table\t'A table fitted to the terminal'
json\t'One JSON document: an array for lists, an object for `show`'
csv\t'RFC 4180 CSV with a header row, UTF-8, ISO dates'
ics\t'iCalendar (RFC 5545), for `deadlines`'"
complete -c kabinet -n "__fish_kabinet_using_subcommand attachments" -l lang -d 'Interface language [default: KABINET_LANG, else ru when LANG/LC_ALL starts with ru, else en]' -r -f -a "ru\t''
en\t''"
complete -c kabinet -n "__fish_kabinet_using_subcommand attachments" -l holidays -d 'A file of extra or overriding days off and working days (format: see `kabinet calendar --help`)' -r -F
complete -c kabinet -n "__fish_kabinet_using_subcommand attachments" -s y -l yes -d 'Answer yes to confirmation prompts (required to delete when not on a terminal)'
complete -c kabinet -n "__fish_kabinet_using_subcommand attachments" -s q -l quiet -d 'Print only what was asked for: no confirmations, no warnings'
complete -c kabinet -n "__fish_kabinet_using_subcommand attachments" -l no-color -d 'No colours (also when NO_COLOR is set)'
complete -c kabinet -n "__fish_kabinet_using_subcommand attachments" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kabinet -n "__fish_kabinet_using_subcommand extract" -s o -l output -d 'Where to write it (created with owner-only permissions); standard output if omitted' -r -F
complete -c kabinet -n "__fish_kabinet_using_subcommand extract" -l store -d 'Path of the store [default: $XDG_DATA_HOME/kabinet/kabinet.db]' -r -F
complete -c kabinet -n "__fish_kabinet_using_subcommand extract" -l passphrase-file -d 'Read the passphrase from the first line of this file' -r -F
complete -c kabinet -n "__fish_kabinet_using_subcommand extract" -l user -d 'Who is unlocking the store [default: its only user, else the one named as the OS user]' -r
complete -c kabinet -n "__fish_kabinet_using_subcommand extract" -l format -d 'Output format of lists and `show` (`ics`: `deadlines` only)' -r -f -a "table\t'A table fitted to the terminal'
json\t'One JSON document: an array for lists, an object for `show`'
csv\t'RFC 4180 CSV with a header row, UTF-8, ISO dates'
ics\t'iCalendar (RFC 5545), for `deadlines`'"
complete -c kabinet -n "__fish_kabinet_using_subcommand extract" -l lang -d 'Interface language [default: KABINET_LANG, else ru when LANG/LC_ALL starts with ru, else en]' -r -f -a "ru\t''
en\t''"
complete -c kabinet -n "__fish_kabinet_using_subcommand extract" -l holidays -d 'A file of extra or overriding days off and working days (format: see `kabinet calendar --help`)' -r -F
complete -c kabinet -n "__fish_kabinet_using_subcommand extract" -s y -l yes -d 'Answer yes to confirmation prompts (required to delete when not on a terminal)'
complete -c kabinet -n "__fish_kabinet_using_subcommand extract" -s q -l quiet -d 'Print only what was asked for: no confirmations, no warnings'
complete -c kabinet -n "__fish_kabinet_using_subcommand extract" -l no-color -d 'No colours (also when NO_COLOR is set)'
complete -c kabinet -n "__fish_kabinet_using_subcommand extract" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kabinet -n "__fish_kabinet_using_subcommand detach" -l store -d 'Path of the store [default: $XDG_DATA_HOME/kabinet/kabinet.db]' -r -F
complete -c kabinet -n "__fish_kabinet_using_subcommand detach" -l passphrase-file -d 'Read the passphrase from the first line of this file' -r -F
complete -c kabinet -n "__fish_kabinet_using_subcommand detach" -l user -d 'Who is unlocking the store [default: its only user, else the one named as the OS user]' -r
complete -c kabinet -n "__fish_kabinet_using_subcommand detach" -l format -d 'Output format of lists and `show` (`ics`: `deadlines` only)' -r -f -a "table\t'A table fitted to the terminal'
json\t'One JSON document: an array for lists, an object for `show`'
csv\t'RFC 4180 CSV with a header row, UTF-8, ISO dates'
ics\t'iCalendar (RFC 5545), for `deadlines`'"
complete -c kabinet -n "__fish_kabinet_using_subcommand detach" -l lang -d 'Interface language [default: KABINET_LANG, else ru when LANG/LC_ALL starts with ru, else en]' -r -f -a "ru\t''
en\t''"
complete -c kabinet -n "__fish_kabinet_using_subcommand detach" -l holidays -d 'A file of extra or overriding days off and working days (format: see `kabinet calendar --help`)' -r -F
complete -c kabinet -n "__fish_kabinet_using_subcommand detach" -s y -l yes -d 'Answer yes to confirmation prompts (required to delete when not on a terminal)'
complete -c kabinet -n "__fish_kabinet_using_subcommand detach" -s q -l quiet -d 'Print only what was asked for: no confirmations, no warnings'
complete -c kabinet -n "__fish_kabinet_using_subcommand detach" -l no-color -d 'No colours (also when NO_COLOR is set)'
complete -c kabinet -n "__fish_kabinet_using_subcommand detach" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kabinet -n "__fish_kabinet_using_subcommand backup" -l store -d 'Path of the store [default: $XDG_DATA_HOME/kabinet/kabinet.db]' -r -F
complete -c kabinet -n "__fish_kabinet_using_subcommand backup" -l passphrase-file -d 'Read the passphrase from the first line of this file' -r -F
complete -c kabinet -n "__fish_kabinet_using_subcommand backup" -l user -d 'Who is unlocking the store [default: its only user, else the one named as the OS user]' -r
complete -c kabinet -n "__fish_kabinet_using_subcommand backup" -l format -d 'Output format of lists and `show` (`ics`: `deadlines` only)' -r -f -a "table\t'A table fitted to the terminal'
json\t'One JSON document: an array for lists, an object for `show`'
csv\t'RFC 4180 CSV with a header row, UTF-8, ISO dates'
ics\t'iCalendar (RFC 5545), for `deadlines`'"
complete -c kabinet -n "__fish_kabinet_using_subcommand backup" -l lang -d 'Interface language [default: KABINET_LANG, else ru when LANG/LC_ALL starts with ru, else en]' -r -f -a "ru\t''
en\t''"
complete -c kabinet -n "__fish_kabinet_using_subcommand backup" -l holidays -d 'A file of extra or overriding days off and working days (format: see `kabinet calendar --help`)' -r -F
complete -c kabinet -n "__fish_kabinet_using_subcommand backup" -s y -l yes -d 'Answer yes to confirmation prompts (required to delete when not on a terminal)'
complete -c kabinet -n "__fish_kabinet_using_subcommand backup" -s q -l quiet -d 'Print only what was asked for: no confirmations, no warnings'
complete -c kabinet -n "__fish_kabinet_using_subcommand backup" -l no-color -d 'No colours (also when NO_COLOR is set)'
complete -c kabinet -n "__fish_kabinet_using_subcommand backup" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kabinet -n "__fish_kabinet_using_subcommand restore" -l store -d 'Path of the store [default: $XDG_DATA_HOME/kabinet/kabinet.db]' -r -F
complete -c kabinet -n "__fish_kabinet_using_subcommand restore" -l passphrase-file -d 'Read the passphrase from the first line of this file' -r -F
complete -c kabinet -n "__fish_kabinet_using_subcommand restore" -l user -d 'Who is unlocking the store [default: its only user, else the one named as the OS user]' -r
complete -c kabinet -n "__fish_kabinet_using_subcommand restore" -l format -d 'Output format of lists and `show` (`ics`: `deadlines` only)' -r -f -a "table\t'A table fitted to the terminal'
json\t'One JSON document: an array for lists, an object for `show`'
csv\t'RFC 4180 CSV with a header row, UTF-8, ISO dates'
ics\t'iCalendar (RFC 5545), for `deadlines`'"
complete -c kabinet -n "__fish_kabinet_using_subcommand restore" -l lang -d 'Interface language [default: KABINET_LANG, else ru when LANG/LC_ALL starts with ru, else en]' -r -f -a "ru\t''
en\t''"
complete -c kabinet -n "__fish_kabinet_using_subcommand restore" -l holidays -d 'A file of extra or overriding days off and working days (format: see `kabinet calendar --help`)' -r -F
complete -c kabinet -n "__fish_kabinet_using_subcommand restore" -s y -l yes -d 'Answer yes to confirmation prompts (required to delete when not on a terminal)'
complete -c kabinet -n "__fish_kabinet_using_subcommand restore" -s q -l quiet -d 'Print only what was asked for: no confirmations, no warnings'
complete -c kabinet -n "__fish_kabinet_using_subcommand restore" -l no-color -d 'No colours (also when NO_COLOR is set)'
complete -c kabinet -n "__fish_kabinet_using_subcommand restore" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kabinet -n "__fish_kabinet_using_subcommand key; and not __fish_seen_subcommand_from public help" -l store -d 'Path of the store [default: $XDG_DATA_HOME/kabinet/kabinet.db]' -r -F
complete -c kabinet -n "__fish_kabinet_using_subcommand key; and not __fish_seen_subcommand_from public help" -l passphrase-file -d 'Read the passphrase from the first line of this file' -r -F
complete -c kabinet -n "__fish_kabinet_using_subcommand key; and not __fish_seen_subcommand_from public help" -l user -d 'Who is unlocking the store [default: its only user, else the one named as the OS user]' -r
complete -c kabinet -n "__fish_kabinet_using_subcommand key; and not __fish_seen_subcommand_from public help" -l format -d 'Output format of lists and `show` (`ics`: `deadlines` only)' -r -f -a "table\t'A table fitted to the terminal'
json\t'One JSON document: an array for lists, an object for `show`'
csv\t'RFC 4180 CSV with a header row, UTF-8, ISO dates'
ics\t'iCalendar (RFC 5545), for `deadlines`'"
complete -c kabinet -n "__fish_kabinet_using_subcommand key; and not __fish_seen_subcommand_from public help" -l lang -d 'Interface language [default: KABINET_LANG, else ru when LANG/LC_ALL starts with ru, else en]' -r -f -a "ru\t''
en\t''"
complete -c kabinet -n "__fish_kabinet_using_subcommand key; and not __fish_seen_subcommand_from public help" -l holidays -d 'A file of extra or overriding days off and working days (format: see `kabinet calendar --help`)' -r -F
complete -c kabinet -n "__fish_kabinet_using_subcommand key; and not __fish_seen_subcommand_from public help" -s y -l yes -d 'Answer yes to confirmation prompts (required to delete when not on a terminal)'
complete -c kabinet -n "__fish_kabinet_using_subcommand key; and not __fish_seen_subcommand_from public help" -s q -l quiet -d 'Print only what was asked for: no confirmations, no warnings'
complete -c kabinet -n "__fish_kabinet_using_subcommand key; and not __fish_seen_subcommand_from public help" -l no-color -d 'No colours (also when NO_COLOR is set)'
complete -c kabinet -n "__fish_kabinet_using_subcommand key; and not __fish_seen_subcommand_from public help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kabinet -n "__fish_kabinet_using_subcommand key; and not __fish_seen_subcommand_from public help" -f -a "public" -d 'Print the store\'s public key in minisign\'s format (give it to whoever checks exports)'
complete -c kabinet -n "__fish_kabinet_using_subcommand key; and not __fish_seen_subcommand_from public help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c kabinet -n "__fish_kabinet_using_subcommand key; and __fish_seen_subcommand_from public" -l store -d 'Path of the store [default: $XDG_DATA_HOME/kabinet/kabinet.db]' -r -F
complete -c kabinet -n "__fish_kabinet_using_subcommand key; and __fish_seen_subcommand_from public" -l passphrase-file -d 'Read the passphrase from the first line of this file' -r -F
complete -c kabinet -n "__fish_kabinet_using_subcommand key; and __fish_seen_subcommand_from public" -l user -d 'Who is unlocking the store [default: its only user, else the one named as the OS user]' -r
complete -c kabinet -n "__fish_kabinet_using_subcommand key; and __fish_seen_subcommand_from public" -l format -d 'Output format of lists and `show` (`ics`: `deadlines` only)' -r -f -a "table\t'A table fitted to the terminal'
json\t'One JSON document: an array for lists, an object for `show`'
csv\t'RFC 4180 CSV with a header row, UTF-8, ISO dates'
ics\t'iCalendar (RFC 5545), for `deadlines`'"
complete -c kabinet -n "__fish_kabinet_using_subcommand key; and __fish_seen_subcommand_from public" -l lang -d 'Interface language [default: KABINET_LANG, else ru when LANG/LC_ALL starts with ru, else en]' -r -f -a "ru\t''
en\t''"
complete -c kabinet -n "__fish_kabinet_using_subcommand key; and __fish_seen_subcommand_from public" -l holidays -d 'A file of extra or overriding days off and working days (format: see `kabinet calendar --help`)' -r -F
complete -c kabinet -n "__fish_kabinet_using_subcommand key; and __fish_seen_subcommand_from public" -s y -l yes -d 'Answer yes to confirmation prompts (required to delete when not on a terminal)'
complete -c kabinet -n "__fish_kabinet_using_subcommand key; and __fish_seen_subcommand_from public" -s q -l quiet -d 'Print only what was asked for: no confirmations, no warnings'
complete -c kabinet -n "__fish_kabinet_using_subcommand key; and __fish_seen_subcommand_from public" -l no-color -d 'No colours (also when NO_COLOR is set)'
complete -c kabinet -n "__fish_kabinet_using_subcommand key; and __fish_seen_subcommand_from public" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kabinet -n "__fish_kabinet_using_subcommand key; and __fish_seen_subcommand_from help" -f -a "public" -d 'Print the store\'s public key in minisign\'s format (give it to whoever checks exports)'
complete -c kabinet -n "__fish_kabinet_using_subcommand key; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c kabinet -n "__fish_kabinet_using_subcommand validate" -l file -d 'Check a CSV file before importing it: the same check as `import --dry-run`' -r -F
complete -c kabinet -n "__fish_kabinet_using_subcommand validate" -l kind -d 'What the file holds (with --file)' -r -f -a "record\t'Diary records'
doc\t'Documents'
appt\t'Appointments'
application\t'Applications'"
complete -c kabinet -n "__fish_kabinet_using_subcommand validate" -l encoding -d 'Character encoding [default: UTF-8, or Windows-1251 when the file is not valid UTF-8]' -r -f -a "utf-8\t'UTF-8, with or without a byte-order mark'
windows-1251\t'Windows-1251 (Cyrillic Excel on Windows)'"
complete -c kabinet -n "__fish_kabinet_using_subcommand validate" -l delimiter -d 'Field delimiter: `,` `;` or `tab` [default: guessed from the header line]' -r
complete -c kabinet -n "__fish_kabinet_using_subcommand validate" -l map -d 'Read column COLUMN as field FIELD, e.g. --map "Дата визита=event_date" (repeatable)' -r
complete -c kabinet -n "__fish_kabinet_using_subcommand validate" -l sheet -d 'A workbook\'s sheet to read [default: the one named for the kind, else the first with data]' -r
complete -c kabinet -n "__fish_kabinet_using_subcommand validate" -l store -d 'Path of the store [default: $XDG_DATA_HOME/kabinet/kabinet.db]' -r -F
complete -c kabinet -n "__fish_kabinet_using_subcommand validate" -l passphrase-file -d 'Read the passphrase from the first line of this file' -r -F
complete -c kabinet -n "__fish_kabinet_using_subcommand validate" -l user -d 'Who is unlocking the store [default: its only user, else the one named as the OS user]' -r
complete -c kabinet -n "__fish_kabinet_using_subcommand validate" -l format -d 'Output format of lists and `show` (`ics`: `deadlines` only)' -r -f -a "table\t'A table fitted to the terminal'
json\t'One JSON document: an array for lists, an object for `show`'
csv\t'RFC 4180 CSV with a header row, UTF-8, ISO dates'
ics\t'iCalendar (RFC 5545), for `deadlines`'"
complete -c kabinet -n "__fish_kabinet_using_subcommand validate" -l lang -d 'Interface language [default: KABINET_LANG, else ru when LANG/LC_ALL starts with ru, else en]' -r -f -a "ru\t''
en\t''"
complete -c kabinet -n "__fish_kabinet_using_subcommand validate" -l holidays -d 'A file of extra or overriding days off and working days (format: see `kabinet calendar --help`)' -r -F
complete -c kabinet -n "__fish_kabinet_using_subcommand validate" -l ignore-unknown -d 'Skip columns that match no field instead of refusing the file'
complete -c kabinet -n "__fish_kabinet_using_subcommand validate" -l decimal-comma -d 'Amounts are written with a decimal comma, as Russian Excel does (`1 074,50`); always so in a `;` file'
complete -c kabinet -n "__fish_kabinet_using_subcommand validate" -s y -l yes -d 'Answer yes to confirmation prompts (required to delete when not on a terminal)'
complete -c kabinet -n "__fish_kabinet_using_subcommand validate" -s q -l quiet -d 'Print only what was asked for: no confirmations, no warnings'
complete -c kabinet -n "__fish_kabinet_using_subcommand validate" -l no-color -d 'No colours (also when NO_COLOR is set)'
complete -c kabinet -n "__fish_kabinet_using_subcommand validate" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kabinet -n "__fish_kabinet_using_subcommand demo" -l store -d 'Path of the store [default: $XDG_DATA_HOME/kabinet/kabinet.db]' -r -F
complete -c kabinet -n "__fish_kabinet_using_subcommand demo" -l passphrase-file -d 'Read the passphrase from the first line of this file' -r -F
complete -c kabinet -n "__fish_kabinet_using_subcommand demo" -l user -d 'Who is unlocking the store [default: its only user, else the one named as the OS user]' -r
complete -c kabinet -n "__fish_kabinet_using_subcommand demo" -l format -d 'Output format of lists and `show` (`ics`: `deadlines` only)' -r -f -a "table\t'A table fitted to the terminal'
json\t'One JSON document: an array for lists, an object for `show`'
csv\t'RFC 4180 CSV with a header row, UTF-8, ISO dates'
ics\t'iCalendar (RFC 5545), for `deadlines`'"
complete -c kabinet -n "__fish_kabinet_using_subcommand demo" -l lang -d 'Interface language [default: KABINET_LANG, else ru when LANG/LC_ALL starts with ru, else en]' -r -f -a "ru\t''
en\t''"
complete -c kabinet -n "__fish_kabinet_using_subcommand demo" -l holidays -d 'A file of extra or overriding days off and working days (format: see `kabinet calendar --help`)' -r -F
complete -c kabinet -n "__fish_kabinet_using_subcommand demo" -s y -l yes -d 'Answer yes to confirmation prompts (required to delete when not on a terminal)'
complete -c kabinet -n "__fish_kabinet_using_subcommand demo" -s q -l quiet -d 'Print only what was asked for: no confirmations, no warnings'
complete -c kabinet -n "__fish_kabinet_using_subcommand demo" -l no-color -d 'No colours (also when NO_COLOR is set)'
complete -c kabinet -n "__fish_kabinet_using_subcommand demo" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kabinet -n "__fish_kabinet_using_subcommand help; and not __fish_seen_subcommand_from init time-zone config completions man passwd user rekey notify unlock shell lock status server push record doc appt obligation application deadlines calendar import export verify-file verify log history revert attach attachments extract detach backup restore key validate demo help" -f -a "init" -d 'Create a new encrypted store (refuses to overwrite one: exit 7)'
complete -c kabinet -n "__fish_kabinet_using_subcommand help; and not __fish_seen_subcommand_from init time-zone config completions man passwd user rekey notify unlock shell lock status server push record doc appt obligation application deadlines calendar import export verify-file verify log history revert attach attachments extract detach backup restore key validate demo help" -f -a "time-zone" -d 'Show or set the store\'s time zone (IANA name): what "now" and appointment times mean'
complete -c kabinet -n "__fish_kabinet_using_subcommand help; and not __fish_seen_subcommand_from init time-zone config completions man passwd user rekey notify unlock shell lock status server push record doc appt obligation application deadlines calendar import export verify-file verify log history revert attach attachments extract detach backup restore key validate demo help" -f -a "config" -d 'The configuration: effective settings and where each came from'
complete -c kabinet -n "__fish_kabinet_using_subcommand help; and not __fish_seen_subcommand_from init time-zone config completions man passwd user rekey notify unlock shell lock status server push record doc appt obligation application deadlines calendar import export verify-file verify log history revert attach attachments extract detach backup restore key validate demo help" -f -a "completions" -d 'Print a shell completion script (bash, zsh, fish, powershell, elvish)'
complete -c kabinet -n "__fish_kabinet_using_subcommand help; and not __fish_seen_subcommand_from init time-zone config completions man passwd user rekey notify unlock shell lock status server push record doc appt obligation application deadlines calendar import export verify-file verify log history revert attach attachments extract detach backup restore key validate demo help" -f -a "man" -d 'Write the manual pages (kabinet.1 and one per subcommand) into a directory'
complete -c kabinet -n "__fish_kabinet_using_subcommand help; and not __fish_seen_subcommand_from init time-zone config completions man passwd user rekey notify unlock shell lock status server push record doc appt obligation application deadlines calendar import export verify-file verify log history revert attach attachments extract detach backup restore key validate demo help" -f -a "passwd" -d 'Change your own passphrase (the same as `user passwd`; crash-safe)'
complete -c kabinet -n "__fish_kabinet_using_subcommand help; and not __fish_seen_subcommand_from init time-zone config completions man passwd user rekey notify unlock shell lock status server push record doc appt obligation application deadlines calendar import export verify-file verify log history revert attach attachments extract detach backup restore key validate demo help" -f -a "user" -d 'The store\'s users: add, roles, remove, list; your passphrase; the recovery key'
complete -c kabinet -n "__fish_kabinet_using_subcommand help; and not __fish_seen_subcommand_from init time-zone config completions man passwd user rekey notify unlock shell lock status server push record doc appt obligation application deadlines calendar import export verify-file verify log history revert attach attachments extract detach backup restore key validate demo help" -f -a "rekey" -d 'Encrypt the store again under a new random key, sealed to every user (crash-safe)'
complete -c kabinet -n "__fish_kabinet_using_subcommand help; and not __fish_seen_subcommand_from init time-zone config completions man passwd user rekey notify unlock shell lock status server push record doc appt obligation application deadlines calendar import export verify-file verify log history revert attach attachments extract detach backup restore key validate demo help" -f -a "notify" -d 'Send the reminders due now (e-mail or a command), each once; `notify log`: what went'
complete -c kabinet -n "__fish_kabinet_using_subcommand help; and not __fish_seen_subcommand_from init time-zone config completions man passwd user rekey notify unlock shell lock status server push record doc appt obligation application deadlines calendar import export verify-file verify log history revert attach attachments extract detach backup restore key validate demo help" -f -a "unlock" -d 'Unlock the store once for this login session: later commands ask for no passphrase'
complete -c kabinet -n "__fish_kabinet_using_subcommand help; and not __fish_seen_subcommand_from init time-zone config completions man passwd user rekey notify unlock shell lock status server push record doc appt obligation application deadlines calendar import export verify-file verify log history revert attach attachments extract detach backup restore key validate demo help" -f -a "shell" -d 'An interactive prompt: unlock once, then type commands as on the command line'
complete -c kabinet -n "__fish_kabinet_using_subcommand help; and not __fish_seen_subcommand_from init time-zone config completions man passwd user rekey notify unlock shell lock status server push record doc appt obligation application deadlines calendar import export verify-file verify log history revert attach attachments extract detach backup restore key validate demo help" -f -a "lock" -d 'Forget the store\'s key held for this session at once'
complete -c kabinet -n "__fish_kabinet_using_subcommand help; and not __fish_seen_subcommand_from init time-zone config completions man passwd user rekey notify unlock shell lock status server push record doc appt obligation application deadlines calendar import export verify-file verify log history revert attach attachments extract detach backup restore key validate demo help" -f -a "status" -d 'Whether the store is unlocked for this session, for whom and until when'
complete -c kabinet -n "__fish_kabinet_using_subcommand help; and not __fish_seen_subcommand_from init time-zone config completions man passwd user rekey notify unlock shell lock status server push record doc appt obligation application deadlines calendar import export verify-file verify log history revert attach attachments extract detach backup restore key validate demo help" -f -a "server" -d 'The office server (PostgreSQL): make an office on one'
complete -c kabinet -n "__fish_kabinet_using_subcommand help; and not __fish_seen_subcommand_from init time-zone config completions man passwd user rekey notify unlock shell lock status server push record doc appt obligation application deadlines calendar import export verify-file verify log history revert attach attachments extract detach backup restore key validate demo help" -f -a "push" -d 'Move this local store into an office on a server: every item, its history and the log'
complete -c kabinet -n "__fish_kabinet_using_subcommand help; and not __fish_seen_subcommand_from init time-zone config completions man passwd user rekey notify unlock shell lock status server push record doc appt obligation application deadlines calendar import export verify-file verify log history revert attach attachments extract detach backup restore key validate demo help" -f -a "record" -d 'Diary records: dated events and their results'
complete -c kabinet -n "__fish_kabinet_using_subcommand help; and not __fish_seen_subcommand_from init time-zone config completions man passwd user rekey notify unlock shell lock status server push record doc appt obligation application deadlines calendar import export verify-file verify log history revert attach attachments extract detach backup restore key validate demo help" -f -a "doc" -d 'Document registry: passports, licences, certificates and their validity'
complete -c kabinet -n "__fish_kabinet_using_subcommand help; and not __fish_seen_subcommand_from init time-zone config completions man passwd user rekey notify unlock shell lock status server push record doc appt obligation application deadlines calendar import export verify-file verify log history revert attach attachments extract detach backup restore key validate demo help" -f -a "appt" -d 'Appointments at offices, clinics, МФЦ, ГИБДД, ФНС'
complete -c kabinet -n "__fish_kabinet_using_subcommand help; and not __fish_seen_subcommand_from init time-zone config completions man passwd user rekey notify unlock shell lock status server push record doc appt obligation application deadlines calendar import export verify-file verify log history revert attach attachments extract detach backup restore key validate demo help" -f -a "obligation" -d 'Recurring or one-off duties, e.g. a report due on the 5th of each month'
complete -c kabinet -n "__fish_kabinet_using_subcommand help; and not __fish_seen_subcommand_from init time-zone config completions man passwd user rekey notify unlock shell lock status server push record doc appt obligation application deadlines calendar import export verify-file verify log history revert attach attachments extract detach backup restore key validate demo help" -f -a "application" -d 'Applications filed with an agency, followed to a decision (alias: zayav)'
complete -c kabinet -n "__fish_kabinet_using_subcommand help; and not __fish_seen_subcommand_from init time-zone config completions man passwd user rekey notify unlock shell lock status server push record doc appt obligation application deadlines calendar import export verify-file verify log history revert attach attachments extract detach backup restore key validate demo help" -f -a "deadlines" -d 'Everything due or overdue: documents, appointments, follow-ups, obligations, applications'
complete -c kabinet -n "__fish_kabinet_using_subcommand help; and not __fish_seen_subcommand_from init time-zone config completions man passwd user rekey notify unlock shell lock status server push record doc appt obligation application deadlines calendar import export verify-file verify log history revert attach attachments extract detach backup restore key validate demo help" -f -a "calendar" -d 'The working-day calendar in force: days off, transfers, data source'
complete -c kabinet -n "__fish_kabinet_using_subcommand help; and not __fish_seen_subcommand_from init time-zone config completions man passwd user rekey notify unlock shell lock status server push record doc appt obligation application deadlines calendar import export verify-file verify log history revert attach attachments extract detach backup restore key validate demo help" -f -a "import" -d 'Import records, documents or appointments from a CSV file: all rows or none'
complete -c kabinet -n "__fish_kabinet_using_subcommand help; and not __fish_seen_subcommand_from init time-zone config completions man passwd user rekey notify unlock shell lock status server push record doc appt obligation application deadlines calendar import export verify-file verify log history revert attach attachments extract detach backup restore key validate demo help" -f -a "export" -d 'Export records, documents or appointments: CSV, JSON, iCalendar, PDF reports and receipts'
complete -c kabinet -n "__fish_kabinet_using_subcommand help; and not __fish_seen_subcommand_from init time-zone config completions man passwd user rekey notify unlock shell lock status server push record doc appt obligation application deadlines calendar import export verify-file verify log history revert attach attachments extract detach backup restore key validate demo help" -f -a "verify-file" -d 'Check a signed export against its FILE.sig (exit 0, or 4 naming what failed)'
complete -c kabinet -n "__fish_kabinet_using_subcommand help; and not __fish_seen_subcommand_from init time-zone config completions man passwd user rekey notify unlock shell lock status server push record doc appt obligation application deadlines calendar import export verify-file verify log history revert attach attachments extract detach backup restore key validate demo help" -f -a "verify" -d 'Check the store: encryption pages, database structure, the audit chain, the seal of every row and attachment, the signing key (exit 0, or 4 listing what is wrong and where)'
complete -c kabinet -n "__fish_kabinet_using_subcommand help; and not __fish_seen_subcommand_from init time-zone config completions man passwd user rekey notify unlock shell lock status server push record doc appt obligation application deadlines calendar import export verify-file verify log history revert attach attachments extract detach backup restore key validate demo help" -f -a "log" -d 'The audit trail: every change, when, who, with which command, before and after'
complete -c kabinet -n "__fish_kabinet_using_subcommand help; and not __fish_seen_subcommand_from init time-zone config completions man passwd user rekey notify unlock shell lock status server push record doc appt obligation application deadlines calendar import export verify-file verify log history revert attach attachments extract detach backup restore key validate demo help" -f -a "history" -d 'Each version of one item and what changed between them'
complete -c kabinet -n "__fish_kabinet_using_subcommand help; and not __fish_seen_subcommand_from init time-zone config completions man passwd user rekey notify unlock shell lock status server push record doc appt obligation application deadlines calendar import export verify-file verify log history revert attach attachments extract detach backup restore key validate demo help" -f -a "revert" -d 'Restore an earlier version (from `history`) of an item that is still editable'
complete -c kabinet -n "__fish_kabinet_using_subcommand help; and not __fish_seen_subcommand_from init time-zone config completions man passwd user rekey notify unlock shell lock status server push record doc appt obligation application deadlines calendar import export verify-file verify log history revert attach attachments extract detach backup restore key validate demo help" -f -a "attach" -d 'Attach a scan to an item: PDF, DOCX, JPG or PNG (checked by content), at most 5 MB'
complete -c kabinet -n "__fish_kabinet_using_subcommand help; and not __fish_seen_subcommand_from init time-zone config completions man passwd user rekey notify unlock shell lock status server push record doc appt obligation application deadlines calendar import export verify-file verify log history revert attach attachments extract detach backup restore key validate demo help" -f -a "attachments" -d 'List an item\'s attachments, numbered from 1'
complete -c kabinet -n "__fish_kabinet_using_subcommand help; and not __fish_seen_subcommand_from init time-zone config completions man passwd user rekey notify unlock shell lock status server push record doc appt obligation application deadlines calendar import export verify-file verify log history revert attach attachments extract detach backup restore key validate demo help" -f -a "extract" -d 'Write an attachment\'s exact bytes to a file (N as numbered by `attachments`)'
complete -c kabinet -n "__fish_kabinet_using_subcommand help; and not __fish_seen_subcommand_from init time-zone config completions man passwd user rekey notify unlock shell lock status server push record doc appt obligation application deadlines calendar import export verify-file verify log history revert attach attachments extract detach backup restore key validate demo help" -f -a "detach" -d 'Remove an attachment from an item (logged; N as numbered by `attachments`)'
complete -c kabinet -n "__fish_kabinet_using_subcommand help; and not __fish_seen_subcommand_from init time-zone config completions man passwd user rekey notify unlock shell lock status server push record doc appt obligation application deadlines calendar import export verify-file verify log history revert attach attachments extract detach backup restore key validate demo help" -f -a "backup" -d 'Copy the store consistently with SQLite\'s online backup, encrypted with the same key'
complete -c kabinet -n "__fish_kabinet_using_subcommand help; and not __fish_seen_subcommand_from init time-zone config completions man passwd user rekey notify unlock shell lock status server push record doc appt obligation application deadlines calendar import export verify-file verify log history revert attach attachments extract detach backup restore key validate demo help" -f -a "restore" -d 'Replace the store with a backup, after verifying it; the current store is kept as .bak'
complete -c kabinet -n "__fish_kabinet_using_subcommand help; and not __fish_seen_subcommand_from init time-zone config completions man passwd user rekey notify unlock shell lock status server push record doc appt obligation application deadlines calendar import export verify-file verify log history revert attach attachments extract detach backup restore key validate demo help" -f -a "key" -d 'The store\'s signing key'
complete -c kabinet -n "__fish_kabinet_using_subcommand help; and not __fish_seen_subcommand_from init time-zone config completions man passwd user rekey notify unlock shell lock status server push record doc appt obligation application deadlines calendar import export verify-file verify log history revert attach attachments extract detach backup restore key validate demo help" -f -a "validate" -d 'Check values (СНИЛС, ИНН, dates…), or with no KIND the whole store'
complete -c kabinet -n "__fish_kabinet_using_subcommand help; and not __fish_seen_subcommand_from init time-zone config completions man passwd user rekey notify unlock shell lock status server push record doc appt obligation application deadlines calendar import export verify-file verify log history revert attach attachments extract detach backup restore key validate demo help" -f -a "demo" -d 'A guided tour on a throw-away sample store; needs no set-up'
complete -c kabinet -n "__fish_kabinet_using_subcommand help; and not __fish_seen_subcommand_from init time-zone config completions man passwd user rekey notify unlock shell lock status server push record doc appt obligation application deadlines calendar import export verify-file verify log history revert attach attachments extract detach backup restore key validate demo help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c kabinet -n "__fish_kabinet_using_subcommand help; and __fish_seen_subcommand_from config" -f -a "show" -d 'Print every effective setting, its value and where it came from'
complete -c kabinet -n "__fish_kabinet_using_subcommand help; and __fish_seen_subcommand_from user" -f -a "list" -d 'List the store\'s users: names, roles, kinds, created, last change (no secrets)'
complete -c kabinet -n "__fish_kabinet_using_subcommand help; and __fish_seen_subcommand_from user" -f -a "passwd" -d 'Change your own passphrase (the store is encrypted again under a new key; crash-safe)'
complete -c kabinet -n "__fish_kabinet_using_subcommand help; and __fish_seen_subcommand_from user" -f -a "recover" -d 'Set a user\'s new passphrase with the recovery key'
complete -c kabinet -n "__fish_kabinet_using_subcommand help; and __fish_seen_subcommand_from user" -f -a "add" -d 'Add a user with a role (admin, editor, reader) and their own passphrase'
complete -c kabinet -n "__fish_kabinet_using_subcommand help; and __fish_seen_subcommand_from user" -f -a "role" -d 'Change a user\'s role (and, with --kinds or --all-kinds, what they may see)'
complete -c kabinet -n "__fish_kabinet_using_subcommand help; and __fish_seen_subcommand_from user" -f -a "remove" -d 'Remove a user; the store is encrypted again under a new key at once, so their passphrase opens nothing from then on'
complete -c kabinet -n "__fish_kabinet_using_subcommand help; and __fish_seen_subcommand_from user" -f -a "recovery-key" -d 'Make a new recovery key in place of the old one, shown once'
complete -c kabinet -n "__fish_kabinet_using_subcommand help; and __fish_seen_subcommand_from notify" -f -a "log" -d 'The delivery log: each reminder, its channel, recipient, attempts and status'
complete -c kabinet -n "__fish_kabinet_using_subcommand help; and __fish_seen_subcommand_from server" -f -a "init" -d 'Make an office on a PostgreSQL server: schema, roles, first admin, recovery key'
complete -c kabinet -n "__fish_kabinet_using_subcommand help; and __fish_seen_subcommand_from record" -f -a "add" -d 'Add a record and print its ID'
complete -c kabinet -n "__fish_kabinet_using_subcommand help; and __fish_seen_subcommand_from record" -f -a "list" -d 'List records'
complete -c kabinet -n "__fish_kabinet_using_subcommand help; and __fish_seen_subcommand_from record" -f -a "show" -d 'Show one record with its edit window and amendments'
complete -c kabinet -n "__fish_kabinet_using_subcommand help; and __fish_seen_subcommand_from record" -f -a "edit" -d 'Change a record within 24 hours of its entry (later: use `amend`)'
complete -c kabinet -n "__fish_kabinet_using_subcommand help; and __fish_seen_subcommand_from record" -f -a "delete" -d 'Delete a record within 24 hours of its entry'
complete -c kabinet -n "__fish_kabinet_using_subcommand help; and __fish_seen_subcommand_from record" -f -a "amend" -d 'Correct a locked record: a new record supersedes it, and the original is kept'
complete -c kabinet -n "__fish_kabinet_using_subcommand help; and __fish_seen_subcommand_from doc" -f -a "add" -d 'Add a document and print its ID'
complete -c kabinet -n "__fish_kabinet_using_subcommand help; and __fish_seen_subcommand_from doc" -f -a "list" -d 'List documents with their status (valid, expiring, expired, indefinite, archived)'
complete -c kabinet -n "__fish_kabinet_using_subcommand help; and __fish_seen_subcommand_from doc" -f -a "show" -d 'Show one document with its status and days left'
complete -c kabinet -n "__fish_kabinet_using_subcommand help; and __fish_seen_subcommand_from doc" -f -a "edit" -d 'Change a document\'s fields'
complete -c kabinet -n "__fish_kabinet_using_subcommand help; and __fish_seen_subcommand_from doc" -f -a "renew" -d 'Replace a document by a new one: the old one is archived and linked to the new'
complete -c kabinet -n "__fish_kabinet_using_subcommand help; and __fish_seen_subcommand_from doc" -f -a "archive" -d 'Archive a document that is no longer in use'
complete -c kabinet -n "__fish_kabinet_using_subcommand help; and __fish_seen_subcommand_from doc" -f -a "delete" -d 'Delete a document'
complete -c kabinet -n "__fish_kabinet_using_subcommand help; and __fish_seen_subcommand_from appt" -f -a "add" -d 'Book an appointment and print its ID'
complete -c kabinet -n "__fish_kabinet_using_subcommand help; and __fish_seen_subcommand_from appt" -f -a "list" -d 'List appointments'
complete -c kabinet -n "__fish_kabinet_using_subcommand help; and __fish_seen_subcommand_from appt" -f -a "show" -d 'Show one appointment with reminders, documents to bring and its history'
complete -c kabinet -n "__fish_kabinet_using_subcommand help; and __fish_seen_subcommand_from appt" -f -a "edit" -d 'Change an appointment\'s details (use `reschedule` to move it)'
complete -c kabinet -n "__fish_kabinet_using_subcommand help; and __fish_seen_subcommand_from appt" -f -a "reschedule" -d 'Move an appointment; the old time stays in its history'
complete -c kabinet -n "__fish_kabinet_using_subcommand help; and __fish_seen_subcommand_from appt" -f -a "cancel" -d 'Cancel an appointment (until 24 hours before the start)'
complete -c kabinet -n "__fish_kabinet_using_subcommand help; and __fish_seen_subcommand_from appt" -f -a "done" -d 'Mark an appointment as attended'
complete -c kabinet -n "__fish_kabinet_using_subcommand help; and __fish_seen_subcommand_from appt" -f -a "no-show" -d 'Mark an appointment as missed'
complete -c kabinet -n "__fish_kabinet_using_subcommand help; and __fish_seen_subcommand_from appt" -f -a "delete" -d 'Delete an appointment and its history'
complete -c kabinet -n "__fish_kabinet_using_subcommand help; and __fish_seen_subcommand_from obligation" -f -a "add" -d 'Add an obligation and print its ID'
complete -c kabinet -n "__fish_kabinet_using_subcommand help; and __fish_seen_subcommand_from obligation" -f -a "list" -d 'List obligations with their effective due dates'
complete -c kabinet -n "__fish_kabinet_using_subcommand help; and __fish_seen_subcommand_from obligation" -f -a "done" -d 'Mark done: a recurring one moves to its next date, a one-off is closed'
complete -c kabinet -n "__fish_kabinet_using_subcommand help; and __fish_seen_subcommand_from obligation" -f -a "delete" -d 'Delete an obligation'
complete -c kabinet -n "__fish_kabinet_using_subcommand help; and __fish_seen_subcommand_from application" -f -a "add" -d 'File an application and print its ID (Z-1, Z-2…)'
complete -c kabinet -n "__fish_kabinet_using_subcommand help; and __fish_seen_subcommand_from application" -f -a "list" -d 'List applications, latest submission first'
complete -c kabinet -n "__fish_kabinet_using_subcommand help; and __fish_seen_subcommand_from application" -f -a "show" -d 'Show one application with its changes of status and the documents it relies on'
complete -c kabinet -n "__fish_kabinet_using_subcommand help; and __fish_seen_subcommand_from application" -f -a "edit" -d 'Change an application\'s details while no decision is made'
complete -c kabinet -n "__fish_kabinet_using_subcommand help; and __fish_seen_subcommand_from application" -f -a "status" -d 'Move an application to a new status (only the allowed transitions; dated and kept)'
complete -c kabinet -n "__fish_kabinet_using_subcommand help; and __fish_seen_subcommand_from application" -f -a "cancel" -d 'Cancel an open application'
complete -c kabinet -n "__fish_kabinet_using_subcommand help; and __fish_seen_subcommand_from application" -f -a "delete" -d 'Delete an application and its history'
complete -c kabinet -n "__fish_kabinet_using_subcommand help; and __fish_seen_subcommand_from key" -f -a "public" -d 'Print the store\'s public key in minisign\'s format (give it to whoever checks exports)'
