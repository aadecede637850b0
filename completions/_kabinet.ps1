
using namespace System.Management.Automation
using namespace System.Management.Automation.Language

Register-ArgumentCompleter -Native -CommandName 'kabinet' -ScriptBlock {
    param($wordToComplete, $commandAst, $cursorPosition)

    $commandElements = $commandAst.CommandElements
    $command = @(
        'kabinet'
        for ($i = 1; $i -lt $commandElements.Count; $i++) {
            $element = $commandElements[$i]
            if ($element -isnot [StringConstantExpressionAst] -or
                $element.StringConstantType -ne [StringConstantType]::BareWord -or
                $element.Value.StartsWith('-') -or
                $element.Value -eq $wordToComplete) {
                break
        }
        $element.Value
    }) -join ';'

    $completions = @(switch ($command) {
        'kabinet' {
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Path of the store [default: $XDG_DATA_HOME/kabinet/kabinet.db]')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the passphrase from the first line of this file')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Who is unlocking the store [default: its only user, else the one named as the OS user]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of lists and `show` (`ics`: `deadlines` only)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Interface language [default: KABINET_LANG, else ru when LANG/LC_ALL starts with ru, else en]')
            [CompletionResult]::new('--holidays', '--holidays', [CompletionResultType]::ParameterName, 'A file of extra or overriding days off and working days (format: see `kabinet calendar --help`)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmation prompts (required to delete when not on a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmation prompts (required to delete when not on a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only what was asked for: no confirmations, no warnings')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only what was asked for: no confirmations, no warnings')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colours (also when NO_COLOR is set)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('init', 'init', [CompletionResultType]::ParameterValue, 'Create a new encrypted store (refuses to overwrite one: exit 7)')
            [CompletionResult]::new('time-zone', 'time-zone', [CompletionResultType]::ParameterValue, 'Show or set the store''s time zone (IANA name): what "now" and appointment times mean')
            [CompletionResult]::new('config', 'config', [CompletionResultType]::ParameterValue, 'The configuration: effective settings and where each came from')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print a shell completion script (bash, zsh, fish, powershell, elvish)')
            [CompletionResult]::new('man', 'man', [CompletionResultType]::ParameterValue, 'Write the manual pages (kabinet.1 and one per subcommand) into a directory')
            [CompletionResult]::new('passwd', 'passwd', [CompletionResultType]::ParameterValue, 'Change your own passphrase (the same as `user passwd`; crash-safe)')
            [CompletionResult]::new('user', 'user', [CompletionResultType]::ParameterValue, 'The store''s users: add, roles, remove, list; your passphrase; the recovery key')
            [CompletionResult]::new('rekey', 'rekey', [CompletionResultType]::ParameterValue, 'Encrypt the store again under a new random key, sealed to every user (crash-safe)')
            [CompletionResult]::new('notify', 'notify', [CompletionResultType]::ParameterValue, 'Send the reminders due now (e-mail or a command), each once; `notify log`: what went')
            [CompletionResult]::new('unlock', 'unlock', [CompletionResultType]::ParameterValue, 'Unlock the store once for this login session: later commands ask for no passphrase')
            [CompletionResult]::new('shell', 'shell', [CompletionResultType]::ParameterValue, 'An interactive prompt: unlock once, then type commands as on the command line')
            [CompletionResult]::new('lock', 'lock', [CompletionResultType]::ParameterValue, 'Forget the store''s key held for this session at once')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Whether the store is unlocked for this session, for whom and until when')
            [CompletionResult]::new('server', 'server', [CompletionResultType]::ParameterValue, 'The office server (PostgreSQL): make an office on one')
            [CompletionResult]::new('push', 'push', [CompletionResultType]::ParameterValue, 'Move this local store into an office on a server: every item, its history and the log')
            [CompletionResult]::new('record', 'record', [CompletionResultType]::ParameterValue, 'Diary records: dated events and their results')
            [CompletionResult]::new('doc', 'doc', [CompletionResultType]::ParameterValue, 'Document registry: passports, licences, certificates and their validity')
            [CompletionResult]::new('appt', 'appt', [CompletionResultType]::ParameterValue, 'Appointments at offices, clinics, МФЦ, ГИБДД, ФНС')
            [CompletionResult]::new('obligation', 'obligation', [CompletionResultType]::ParameterValue, 'Recurring or one-off duties, e.g. a report due on the 5th of each month')
            [CompletionResult]::new('application', 'application', [CompletionResultType]::ParameterValue, 'Applications filed with an agency, followed to a decision (alias: zayav)')
            [CompletionResult]::new('zayav', 'zayav', [CompletionResultType]::ParameterValue, 'Applications filed with an agency, followed to a decision (alias: zayav)')
            [CompletionResult]::new('deadlines', 'deadlines', [CompletionResultType]::ParameterValue, 'Everything due or overdue: documents, appointments, follow-ups, obligations, applications')
            [CompletionResult]::new('calendar', 'calendar', [CompletionResultType]::ParameterValue, 'The working-day calendar in force: days off, transfers, data source')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Import records, documents or appointments from a CSV file: all rows or none')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Export records, documents or appointments: CSV, JSON, iCalendar, PDF reports and receipts')
            [CompletionResult]::new('verify-file', 'verify-file', [CompletionResultType]::ParameterValue, 'Check a signed export against its FILE.sig (exit 0, or 4 naming what failed)')
            [CompletionResult]::new('verify', 'verify', [CompletionResultType]::ParameterValue, 'Check the store: encryption pages, database structure, the audit chain, the seal of every row and attachment, the signing key (exit 0, or 4 listing what is wrong and where)')
            [CompletionResult]::new('log', 'log', [CompletionResultType]::ParameterValue, 'The audit trail: every change, when, who, with which command, before and after')
            [CompletionResult]::new('history', 'history', [CompletionResultType]::ParameterValue, 'Each version of one item and what changed between them')
            [CompletionResult]::new('revert', 'revert', [CompletionResultType]::ParameterValue, 'Restore an earlier version (from `history`) of an item that is still editable')
            [CompletionResult]::new('attach', 'attach', [CompletionResultType]::ParameterValue, 'Attach a scan to an item: PDF, DOCX, JPG or PNG (checked by content), at most 5 MB')
            [CompletionResult]::new('attachments', 'attachments', [CompletionResultType]::ParameterValue, 'List an item''s attachments, numbered from 1')
            [CompletionResult]::new('extract', 'extract', [CompletionResultType]::ParameterValue, 'Write an attachment''s exact bytes to a file (N as numbered by `attachments`)')
            [CompletionResult]::new('detach', 'detach', [CompletionResultType]::ParameterValue, 'Remove an attachment from an item (logged; N as numbered by `attachments`)')
            [CompletionResult]::new('backup', 'backup', [CompletionResultType]::ParameterValue, 'Copy the store consistently with SQLite''s online backup, encrypted with the same key')
            [CompletionResult]::new('restore', 'restore', [CompletionResultType]::ParameterValue, 'Replace the store with a backup, after verifying it; the current store is kept as .bak')
            [CompletionResult]::new('key', 'key', [CompletionResultType]::ParameterValue, 'The store''s signing key')
            [CompletionResult]::new('validate', 'validate', [CompletionResultType]::ParameterValue, 'Check values (СНИЛС, ИНН, dates…), or with no KIND the whole store')
            [CompletionResult]::new('demo', 'demo', [CompletionResultType]::ParameterValue, 'A guided tour on a throw-away sample store; needs no set-up')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'kabinet;init' {
            [CompletionResult]::new('--time-zone', '--time-zone', [CompletionResultType]::ParameterName, 'The store''s time zone, an IANA name such as Europe/Moscow [default: the system''s]')
            [CompletionResult]::new('--recovery-sheet', '--recovery-sheet', [CompletionResultType]::ParameterName, 'Also write the recovery key on an A4 page to print and keep in a safe')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Path of the store [default: $XDG_DATA_HOME/kabinet/kabinet.db]')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the passphrase from the first line of this file')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Who is unlocking the store [default: its only user, else the one named as the OS user]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of lists and `show` (`ics`: `deadlines` only)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Interface language [default: KABINET_LANG, else ru when LANG/LC_ALL starts with ru, else en]')
            [CompletionResult]::new('--holidays', '--holidays', [CompletionResultType]::ParameterName, 'A file of extra or overriding days off and working days (format: see `kabinet calendar --help`)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmation prompts (required to delete when not on a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmation prompts (required to delete when not on a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only what was asked for: no confirmations, no warnings')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only what was asked for: no confirmations, no warnings')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colours (also when NO_COLOR is set)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'kabinet;time-zone' {
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Path of the store [default: $XDG_DATA_HOME/kabinet/kabinet.db]')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the passphrase from the first line of this file')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Who is unlocking the store [default: its only user, else the one named as the OS user]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of lists and `show` (`ics`: `deadlines` only)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Interface language [default: KABINET_LANG, else ru when LANG/LC_ALL starts with ru, else en]')
            [CompletionResult]::new('--holidays', '--holidays', [CompletionResultType]::ParameterName, 'A file of extra or overriding days off and working days (format: see `kabinet calendar --help`)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmation prompts (required to delete when not on a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmation prompts (required to delete when not on a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only what was asked for: no confirmations, no warnings')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only what was asked for: no confirmations, no warnings')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colours (also when NO_COLOR is set)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'kabinet;config' {
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Path of the store [default: $XDG_DATA_HOME/kabinet/kabinet.db]')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the passphrase from the first line of this file')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Who is unlocking the store [default: its only user, else the one named as the OS user]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of lists and `show` (`ics`: `deadlines` only)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Interface language [default: KABINET_LANG, else ru when LANG/LC_ALL starts with ru, else en]')
            [CompletionResult]::new('--holidays', '--holidays', [CompletionResultType]::ParameterName, 'A file of extra or overriding days off and working days (format: see `kabinet calendar --help`)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmation prompts (required to delete when not on a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmation prompts (required to delete when not on a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only what was asked for: no confirmations, no warnings')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only what was asked for: no confirmations, no warnings')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colours (also when NO_COLOR is set)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Print every effective setting, its value and where it came from')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'kabinet;config;show' {
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Path of the store [default: $XDG_DATA_HOME/kabinet/kabinet.db]')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the passphrase from the first line of this file')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Who is unlocking the store [default: its only user, else the one named as the OS user]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of lists and `show` (`ics`: `deadlines` only)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Interface language [default: KABINET_LANG, else ru when LANG/LC_ALL starts with ru, else en]')
            [CompletionResult]::new('--holidays', '--holidays', [CompletionResultType]::ParameterName, 'A file of extra or overriding days off and working days (format: see `kabinet calendar --help`)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmation prompts (required to delete when not on a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmation prompts (required to delete when not on a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only what was asked for: no confirmations, no warnings')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only what was asked for: no confirmations, no warnings')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colours (also when NO_COLOR is set)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'kabinet;config;help' {
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Print every effective setting, its value and where it came from')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'kabinet;config;help;show' {
            break
        }
        'kabinet;config;help;help' {
            break
        }
        'kabinet;completions' {
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Path of the store [default: $XDG_DATA_HOME/kabinet/kabinet.db]')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the passphrase from the first line of this file')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Who is unlocking the store [default: its only user, else the one named as the OS user]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of lists and `show` (`ics`: `deadlines` only)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Interface language [default: KABINET_LANG, else ru when LANG/LC_ALL starts with ru, else en]')
            [CompletionResult]::new('--holidays', '--holidays', [CompletionResultType]::ParameterName, 'A file of extra or overriding days off and working days (format: see `kabinet calendar --help`)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmation prompts (required to delete when not on a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmation prompts (required to delete when not on a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only what was asked for: no confirmations, no warnings')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only what was asked for: no confirmations, no warnings')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colours (also when NO_COLOR is set)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'kabinet;man' {
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Path of the store [default: $XDG_DATA_HOME/kabinet/kabinet.db]')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the passphrase from the first line of this file')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Who is unlocking the store [default: its only user, else the one named as the OS user]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of lists and `show` (`ics`: `deadlines` only)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Interface language [default: KABINET_LANG, else ru when LANG/LC_ALL starts with ru, else en]')
            [CompletionResult]::new('--holidays', '--holidays', [CompletionResultType]::ParameterName, 'A file of extra or overriding days off and working days (format: see `kabinet calendar --help`)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmation prompts (required to delete when not on a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmation prompts (required to delete when not on a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only what was asked for: no confirmations, no warnings')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only what was asked for: no confirmations, no warnings')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colours (also when NO_COLOR is set)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'kabinet;passwd' {
            [CompletionResult]::new('--new-passphrase-file', '--new-passphrase-file', [CompletionResultType]::ParameterName, 'Read the new passphrase from the first line of this file (else KABINET_NEW_PASSPHRASE, else a prompt on a terminal)')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Path of the store [default: $XDG_DATA_HOME/kabinet/kabinet.db]')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the passphrase from the first line of this file')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Who is unlocking the store [default: its only user, else the one named as the OS user]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of lists and `show` (`ics`: `deadlines` only)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Interface language [default: KABINET_LANG, else ru when LANG/LC_ALL starts with ru, else en]')
            [CompletionResult]::new('--holidays', '--holidays', [CompletionResultType]::ParameterName, 'A file of extra or overriding days off and working days (format: see `kabinet calendar --help`)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmation prompts (required to delete when not on a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmation prompts (required to delete when not on a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only what was asked for: no confirmations, no warnings')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only what was asked for: no confirmations, no warnings')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colours (also when NO_COLOR is set)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'kabinet;user' {
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Path of the store [default: $XDG_DATA_HOME/kabinet/kabinet.db]')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the passphrase from the first line of this file')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Who is unlocking the store [default: its only user, else the one named as the OS user]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of lists and `show` (`ics`: `deadlines` only)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Interface language [default: KABINET_LANG, else ru when LANG/LC_ALL starts with ru, else en]')
            [CompletionResult]::new('--holidays', '--holidays', [CompletionResultType]::ParameterName, 'A file of extra or overriding days off and working days (format: see `kabinet calendar --help`)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmation prompts (required to delete when not on a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmation prompts (required to delete when not on a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only what was asked for: no confirmations, no warnings')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only what was asked for: no confirmations, no warnings')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colours (also when NO_COLOR is set)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the store''s users: names, roles, kinds, created, last change (no secrets)')
            [CompletionResult]::new('passwd', 'passwd', [CompletionResultType]::ParameterValue, 'Change your own passphrase (the store is encrypted again under a new key; crash-safe)')
            [CompletionResult]::new('recover', 'recover', [CompletionResultType]::ParameterValue, 'Set a user''s new passphrase with the recovery key')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a user with a role (admin, editor, reader) and their own passphrase')
            [CompletionResult]::new('role', 'role', [CompletionResultType]::ParameterValue, 'Change a user''s role (and, with --kinds or --all-kinds, what they may see)')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove a user; the store is encrypted again under a new key at once, so their passphrase opens nothing from then on')
            [CompletionResult]::new('recovery-key', 'recovery-key', [CompletionResultType]::ParameterValue, 'Make a new recovery key in place of the old one, shown once')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'kabinet;user;list' {
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Path of the store [default: $XDG_DATA_HOME/kabinet/kabinet.db]')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the passphrase from the first line of this file')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Who is unlocking the store [default: its only user, else the one named as the OS user]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of lists and `show` (`ics`: `deadlines` only)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Interface language [default: KABINET_LANG, else ru when LANG/LC_ALL starts with ru, else en]')
            [CompletionResult]::new('--holidays', '--holidays', [CompletionResultType]::ParameterName, 'A file of extra or overriding days off and working days (format: see `kabinet calendar --help`)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmation prompts (required to delete when not on a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmation prompts (required to delete when not on a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only what was asked for: no confirmations, no warnings')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only what was asked for: no confirmations, no warnings')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colours (also when NO_COLOR is set)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'kabinet;user;passwd' {
            [CompletionResult]::new('--new-passphrase-file', '--new-passphrase-file', [CompletionResultType]::ParameterName, 'Read the new passphrase from the first line of this file (else KABINET_NEW_PASSPHRASE, else a prompt on a terminal)')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Path of the store [default: $XDG_DATA_HOME/kabinet/kabinet.db]')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the passphrase from the first line of this file')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Who is unlocking the store [default: its only user, else the one named as the OS user]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of lists and `show` (`ics`: `deadlines` only)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Interface language [default: KABINET_LANG, else ru when LANG/LC_ALL starts with ru, else en]')
            [CompletionResult]::new('--holidays', '--holidays', [CompletionResultType]::ParameterName, 'A file of extra or overriding days off and working days (format: see `kabinet calendar --help`)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmation prompts (required to delete when not on a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmation prompts (required to delete when not on a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only what was asked for: no confirmations, no warnings')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only what was asked for: no confirmations, no warnings')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colours (also when NO_COLOR is set)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'kabinet;user;recover' {
            [CompletionResult]::new('--recovery-key-file', '--recovery-key-file', [CompletionResultType]::ParameterName, 'Read the recovery key from the first line of this file (else asked on a terminal)')
            [CompletionResult]::new('--new-passphrase-file', '--new-passphrase-file', [CompletionResultType]::ParameterName, 'Read the new passphrase from the first line of this file (else KABINET_NEW_PASSPHRASE, else a prompt on a terminal)')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Path of the store [default: $XDG_DATA_HOME/kabinet/kabinet.db]')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the passphrase from the first line of this file')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Who is unlocking the store [default: its only user, else the one named as the OS user]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of lists and `show` (`ics`: `deadlines` only)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Interface language [default: KABINET_LANG, else ru when LANG/LC_ALL starts with ru, else en]')
            [CompletionResult]::new('--holidays', '--holidays', [CompletionResultType]::ParameterName, 'A file of extra or overriding days off and working days (format: see `kabinet calendar --help`)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmation prompts (required to delete when not on a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmation prompts (required to delete when not on a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only what was asked for: no confirmations, no warnings')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only what was asked for: no confirmations, no warnings')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colours (also when NO_COLOR is set)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'kabinet;user;add' {
            [CompletionResult]::new('--role', '--role', [CompletionResultType]::ParameterName, 'admin (everything, users too), editor (items, import, attachments, backups), reader (lists, deadlines, exports, checks)')
            [CompletionResult]::new('--kinds', '--kinds', [CompletionResultType]::ParameterName, 'Only these kinds of item: record, doc, appt, obligation, application (comma-separated)')
            [CompletionResult]::new('--new-passphrase-file', '--new-passphrase-file', [CompletionResultType]::ParameterName, 'Read the new passphrase from the first line of this file (else KABINET_NEW_PASSPHRASE, else a prompt on a terminal)')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Path of the store [default: $XDG_DATA_HOME/kabinet/kabinet.db]')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the passphrase from the first line of this file')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Who is unlocking the store [default: its only user, else the one named as the OS user]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of lists and `show` (`ics`: `deadlines` only)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Interface language [default: KABINET_LANG, else ru when LANG/LC_ALL starts with ru, else en]')
            [CompletionResult]::new('--holidays', '--holidays', [CompletionResultType]::ParameterName, 'A file of extra or overriding days off and working days (format: see `kabinet calendar --help`)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmation prompts (required to delete when not on a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmation prompts (required to delete when not on a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only what was asked for: no confirmations, no warnings')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only what was asked for: no confirmations, no warnings')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colours (also when NO_COLOR is set)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'kabinet;user;role' {
            [CompletionResult]::new('--kinds', '--kinds', [CompletionResultType]::ParameterName, 'Only these kinds of item from now on (comma-separated)')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Path of the store [default: $XDG_DATA_HOME/kabinet/kabinet.db]')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the passphrase from the first line of this file')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Who is unlocking the store [default: its only user, else the one named as the OS user]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of lists and `show` (`ics`: `deadlines` only)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Interface language [default: KABINET_LANG, else ru when LANG/LC_ALL starts with ru, else en]')
            [CompletionResult]::new('--holidays', '--holidays', [CompletionResultType]::ParameterName, 'A file of extra or overriding days off and working days (format: see `kabinet calendar --help`)')
            [CompletionResult]::new('--all-kinds', '--all-kinds', [CompletionResultType]::ParameterName, 'Every kind of item from now on')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmation prompts (required to delete when not on a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmation prompts (required to delete when not on a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only what was asked for: no confirmations, no warnings')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only what was asked for: no confirmations, no warnings')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colours (also when NO_COLOR is set)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'kabinet;user;remove' {
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Path of the store [default: $XDG_DATA_HOME/kabinet/kabinet.db]')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the passphrase from the first line of this file')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Who is unlocking the store [default: its only user, else the one named as the OS user]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of lists and `show` (`ics`: `deadlines` only)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Interface language [default: KABINET_LANG, else ru when LANG/LC_ALL starts with ru, else en]')
            [CompletionResult]::new('--holidays', '--holidays', [CompletionResultType]::ParameterName, 'A file of extra or overriding days off and working days (format: see `kabinet calendar --help`)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmation prompts (required to delete when not on a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmation prompts (required to delete when not on a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only what was asked for: no confirmations, no warnings')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only what was asked for: no confirmations, no warnings')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colours (also when NO_COLOR is set)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'kabinet;user;recovery-key' {
            [CompletionResult]::new('--recovery-sheet', '--recovery-sheet', [CompletionResultType]::ParameterName, 'Also write it on an A4 page to print and keep in a safe')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Path of the store [default: $XDG_DATA_HOME/kabinet/kabinet.db]')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the passphrase from the first line of this file')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Who is unlocking the store [default: its only user, else the one named as the OS user]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of lists and `show` (`ics`: `deadlines` only)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Interface language [default: KABINET_LANG, else ru when LANG/LC_ALL starts with ru, else en]')
            [CompletionResult]::new('--holidays', '--holidays', [CompletionResultType]::ParameterName, 'A file of extra or overriding days off and working days (format: see `kabinet calendar --help`)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmation prompts (required to delete when not on a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmation prompts (required to delete when not on a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only what was asked for: no confirmations, no warnings')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only what was asked for: no confirmations, no warnings')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colours (also when NO_COLOR is set)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'kabinet;user;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the store''s users: names, roles, kinds, created, last change (no secrets)')
            [CompletionResult]::new('passwd', 'passwd', [CompletionResultType]::ParameterValue, 'Change your own passphrase (the store is encrypted again under a new key; crash-safe)')
            [CompletionResult]::new('recover', 'recover', [CompletionResultType]::ParameterValue, 'Set a user''s new passphrase with the recovery key')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a user with a role (admin, editor, reader) and their own passphrase')
            [CompletionResult]::new('role', 'role', [CompletionResultType]::ParameterValue, 'Change a user''s role (and, with --kinds or --all-kinds, what they may see)')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove a user; the store is encrypted again under a new key at once, so their passphrase opens nothing from then on')
            [CompletionResult]::new('recovery-key', 'recovery-key', [CompletionResultType]::ParameterValue, 'Make a new recovery key in place of the old one, shown once')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'kabinet;user;help;list' {
            break
        }
        'kabinet;user;help;passwd' {
            break
        }
        'kabinet;user;help;recover' {
            break
        }
        'kabinet;user;help;add' {
            break
        }
        'kabinet;user;help;role' {
            break
        }
        'kabinet;user;help;remove' {
            break
        }
        'kabinet;user;help;recovery-key' {
            break
        }
        'kabinet;user;help;help' {
            break
        }
        'kabinet;rekey' {
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Path of the store [default: $XDG_DATA_HOME/kabinet/kabinet.db]')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the passphrase from the first line of this file')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Who is unlocking the store [default: its only user, else the one named as the OS user]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of lists and `show` (`ics`: `deadlines` only)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Interface language [default: KABINET_LANG, else ru when LANG/LC_ALL starts with ru, else en]')
            [CompletionResult]::new('--holidays', '--holidays', [CompletionResultType]::ParameterName, 'A file of extra or overriding days off and working days (format: see `kabinet calendar --help`)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmation prompts (required to delete when not on a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmation prompts (required to delete when not on a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only what was asked for: no confirmations, no warnings')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only what was asked for: no confirmations, no warnings')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colours (also when NO_COLOR is set)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'kabinet;notify' {
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Path of the store [default: $XDG_DATA_HOME/kabinet/kabinet.db]')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the passphrase from the first line of this file')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Who is unlocking the store [default: its only user, else the one named as the OS user]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of lists and `show` (`ics`: `deadlines` only)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Interface language [default: KABINET_LANG, else ru when LANG/LC_ALL starts with ru, else en]')
            [CompletionResult]::new('--holidays', '--holidays', [CompletionResultType]::ParameterName, 'A file of extra or overriding days off and working days (format: see `kabinet calendar --help`)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'List what would be sent, to whom and how, and send nothing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmation prompts (required to delete when not on a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmation prompts (required to delete when not on a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only what was asked for: no confirmations, no warnings')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only what was asked for: no confirmations, no warnings')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colours (also when NO_COLOR is set)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('log', 'log', [CompletionResultType]::ParameterValue, 'The delivery log: each reminder, its channel, recipient, attempts and status')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'kabinet;notify;log' {
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Path of the store [default: $XDG_DATA_HOME/kabinet/kabinet.db]')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the passphrase from the first line of this file')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Who is unlocking the store [default: its only user, else the one named as the OS user]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of lists and `show` (`ics`: `deadlines` only)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Interface language [default: KABINET_LANG, else ru when LANG/LC_ALL starts with ru, else en]')
            [CompletionResult]::new('--holidays', '--holidays', [CompletionResultType]::ParameterName, 'A file of extra or overriding days off and working days (format: see `kabinet calendar --help`)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmation prompts (required to delete when not on a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmation prompts (required to delete when not on a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only what was asked for: no confirmations, no warnings')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only what was asked for: no confirmations, no warnings')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colours (also when NO_COLOR is set)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'kabinet;notify;help' {
            [CompletionResult]::new('log', 'log', [CompletionResultType]::ParameterValue, 'The delivery log: each reminder, its channel, recipient, attempts and status')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'kabinet;notify;help;log' {
            break
        }
        'kabinet;notify;help;help' {
            break
        }
        'kabinet;unlock' {
            [CompletionResult]::new('--for', '--for', [CompletionResultType]::ParameterName, 'Forget the key after this long without use: 90s, 15m, 2h [default: the configuration''s unlock_for, else 15m]')
            [CompletionResult]::new('--at-most', '--at-most', [CompletionResultType]::ParameterName, 'Forget it after this long in any case [default: unlock_at_most, else 10h]')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Path of the store [default: $XDG_DATA_HOME/kabinet/kabinet.db]')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the passphrase from the first line of this file')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Who is unlocking the store [default: its only user, else the one named as the OS user]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of lists and `show` (`ics`: `deadlines` only)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Interface language [default: KABINET_LANG, else ru when LANG/LC_ALL starts with ru, else en]')
            [CompletionResult]::new('--holidays', '--holidays', [CompletionResultType]::ParameterName, 'A file of extra or overriding days off and working days (format: see `kabinet calendar --help`)')
            [CompletionResult]::new('--status', '--status', [CompletionResultType]::ParameterName, 'Only say whether the store is unlocked, for whom, until when')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmation prompts (required to delete when not on a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmation prompts (required to delete when not on a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only what was asked for: no confirmations, no warnings')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only what was asked for: no confirmations, no warnings')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colours (also when NO_COLOR is set)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'kabinet;shell' {
            [CompletionResult]::new('--for', '--for', [CompletionResultType]::ParameterName, 'Forget the key after this long without a command: 90s, 15m, 2h [default: the configuration''s unlock_for, else 15m]')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Path of the store [default: $XDG_DATA_HOME/kabinet/kabinet.db]')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the passphrase from the first line of this file')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Who is unlocking the store [default: its only user, else the one named as the OS user]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of lists and `show` (`ics`: `deadlines` only)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Interface language [default: KABINET_LANG, else ru when LANG/LC_ALL starts with ru, else en]')
            [CompletionResult]::new('--holidays', '--holidays', [CompletionResultType]::ParameterName, 'A file of extra or overriding days off and working days (format: see `kabinet calendar --help`)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmation prompts (required to delete when not on a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmation prompts (required to delete when not on a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only what was asked for: no confirmations, no warnings')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only what was asked for: no confirmations, no warnings')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colours (also when NO_COLOR is set)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'kabinet;lock' {
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Path of the store [default: $XDG_DATA_HOME/kabinet/kabinet.db]')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the passphrase from the first line of this file')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Who is unlocking the store [default: its only user, else the one named as the OS user]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of lists and `show` (`ics`: `deadlines` only)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Interface language [default: KABINET_LANG, else ru when LANG/LC_ALL starts with ru, else en]')
            [CompletionResult]::new('--holidays', '--holidays', [CompletionResultType]::ParameterName, 'A file of extra or overriding days off and working days (format: see `kabinet calendar --help`)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmation prompts (required to delete when not on a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmation prompts (required to delete when not on a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only what was asked for: no confirmations, no warnings')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only what was asked for: no confirmations, no warnings')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colours (also when NO_COLOR is set)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'kabinet;status' {
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Path of the store [default: $XDG_DATA_HOME/kabinet/kabinet.db]')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the passphrase from the first line of this file')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Who is unlocking the store [default: its only user, else the one named as the OS user]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of lists and `show` (`ics`: `deadlines` only)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Interface language [default: KABINET_LANG, else ru when LANG/LC_ALL starts with ru, else en]')
            [CompletionResult]::new('--holidays', '--holidays', [CompletionResultType]::ParameterName, 'A file of extra or overriding days off and working days (format: see `kabinet calendar --help`)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmation prompts (required to delete when not on a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmation prompts (required to delete when not on a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only what was asked for: no confirmations, no warnings')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only what was asked for: no confirmations, no warnings')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colours (also when NO_COLOR is set)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'kabinet;server' {
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Path of the store [default: $XDG_DATA_HOME/kabinet/kabinet.db]')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the passphrase from the first line of this file')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Who is unlocking the store [default: its only user, else the one named as the OS user]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of lists and `show` (`ics`: `deadlines` only)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Interface language [default: KABINET_LANG, else ru when LANG/LC_ALL starts with ru, else en]')
            [CompletionResult]::new('--holidays', '--holidays', [CompletionResultType]::ParameterName, 'A file of extra or overriding days off and working days (format: see `kabinet calendar --help`)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmation prompts (required to delete when not on a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmation prompts (required to delete when not on a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only what was asked for: no confirmations, no warnings')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only what was asked for: no confirmations, no warnings')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colours (also when NO_COLOR is set)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('init', 'init', [CompletionResultType]::ParameterValue, 'Make an office on a PostgreSQL server: schema, roles, first admin, recovery key')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'kabinet;server;init' {
            [CompletionResult]::new('--office', '--office', [CompletionResultType]::ParameterName, 'The office''s name on the server')
            [CompletionResult]::new('--recovery-sheet', '--recovery-sheet', [CompletionResultType]::ParameterName, 'Also write the recovery key on an A4 page to print and keep in a safe')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Path of the store [default: $XDG_DATA_HOME/kabinet/kabinet.db]')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the passphrase from the first line of this file')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Who is unlocking the store [default: its only user, else the one named as the OS user]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of lists and `show` (`ics`: `deadlines` only)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Interface language [default: KABINET_LANG, else ru when LANG/LC_ALL starts with ru, else en]')
            [CompletionResult]::new('--holidays', '--holidays', [CompletionResultType]::ParameterName, 'A file of extra or overriding days off and working days (format: see `kabinet calendar --help`)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmation prompts (required to delete when not on a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmation prompts (required to delete when not on a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only what was asked for: no confirmations, no warnings')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only what was asked for: no confirmations, no warnings')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colours (also when NO_COLOR is set)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'kabinet;server;help' {
            [CompletionResult]::new('init', 'init', [CompletionResultType]::ParameterValue, 'Make an office on a PostgreSQL server: schema, roles, first admin, recovery key')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'kabinet;server;help;init' {
            break
        }
        'kabinet;server;help;help' {
            break
        }
        'kabinet;push' {
            [CompletionResult]::new('--to', '--to', [CompletionResultType]::ParameterName, 'The office: postgresql://host:port/database?user=NAME&office=NAME')
            [CompletionResult]::new('--to-user', '--to-user', [CompletionResultType]::ParameterName, 'Who you are in the office (an admin there) [default: --user]')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Path of the store [default: $XDG_DATA_HOME/kabinet/kabinet.db]')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the passphrase from the first line of this file')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Who is unlocking the store [default: its only user, else the one named as the OS user]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of lists and `show` (`ics`: `deadlines` only)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Interface language [default: KABINET_LANG, else ru when LANG/LC_ALL starts with ru, else en]')
            [CompletionResult]::new('--holidays', '--holidays', [CompletionResultType]::ParameterName, 'A file of extra or overriding days off and working days (format: see `kabinet calendar --help`)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmation prompts (required to delete when not on a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmation prompts (required to delete when not on a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only what was asked for: no confirmations, no warnings')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only what was asked for: no confirmations, no warnings')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colours (also when NO_COLOR is set)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'kabinet;record' {
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Path of the store [default: $XDG_DATA_HOME/kabinet/kabinet.db]')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the passphrase from the first line of this file')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Who is unlocking the store [default: its only user, else the one named as the OS user]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of lists and `show` (`ics`: `deadlines` only)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Interface language [default: KABINET_LANG, else ru when LANG/LC_ALL starts with ru, else en]')
            [CompletionResult]::new('--holidays', '--holidays', [CompletionResultType]::ParameterName, 'A file of extra or overriding days off and working days (format: see `kabinet calendar --help`)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmation prompts (required to delete when not on a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmation prompts (required to delete when not on a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only what was asked for: no confirmations, no warnings')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only what was asked for: no confirmations, no warnings')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colours (also when NO_COLOR is set)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a record and print its ID')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List records')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one record with its edit window and amendments')
            [CompletionResult]::new('edit', 'edit', [CompletionResultType]::ParameterValue, 'Change a record within 24 hours of its entry (later: use `amend`)')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a record within 24 hours of its entry')
            [CompletionResult]::new('amend', 'amend', [CompletionResultType]::ParameterValue, 'Correct a locked record: a new record supersedes it, and the original is kept')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'kabinet;record;add' {
            [CompletionResult]::new('--subject-id', '--subject-id', [CompletionResultType]::ParameterName, 'Who or what the event concerns: a person''s or a case''s number [required]')
            [CompletionResult]::new('--subject-name', '--subject-name', [CompletionResultType]::ParameterName, 'Full name (ФИО) of the subject, no abbreviations')
            [CompletionResult]::new('--event-date', '--event-date', [CompletionResultType]::ParameterName, 'Day of the event, never in the future [required]')
            [CompletionResult]::new('--date', '--date', [CompletionResultType]::ParameterName, 'Day of the event, never in the future [required]')
            [CompletionResult]::new('--type', '--type', [CompletionResultType]::ParameterName, 'Type of event: осмотр, прививка, консультация, направление, выплата… [required]')
            [CompletionResult]::new('--subtype', '--subtype', [CompletionResultType]::ParameterName, 'A finer category of the type')
            [CompletionResult]::new('--result', '--result', [CompletionResultType]::ParameterName, 'What came of it: заключение, сумма выплачена… [required]')
            [CompletionResult]::new('--description', '--description', [CompletionResultType]::ParameterName, 'Free-text description')
            [CompletionResult]::new('--registry-no', '--registry-no', [CompletionResultType]::ParameterName, 'Registry number of the case')
            [CompletionResult]::new('--amount', '--amount', [CompletionResultType]::ParameterName, 'Amount, with a dot and no thousands separators: 1500.50 (never below zero: a refund is its own event)')
            [CompletionResult]::new('--snils', '--snils', [CompletionResultType]::ParameterName, 'СНИЛС of the subject, with or without separators')
            [CompletionResult]::new('--oktmo', '--oktmo', [CompletionResultType]::ParameterName, 'ОКТМО code, 8 or 11 digits')
            [CompletionResult]::new('--responsible', '--responsible', [CompletionResultType]::ParameterName, 'Who is responsible')
            [CompletionResult]::new('--follow-up-on', '--follow-up-on', [CompletionResultType]::ParameterName, 'When the next step is due (a repeat check-up): a deadline')
            [CompletionResult]::new('--follow-up', '--follow-up', [CompletionResultType]::ParameterName, 'When the next step is due (a repeat check-up): a deadline')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Path of the store [default: $XDG_DATA_HOME/kabinet/kabinet.db]')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the passphrase from the first line of this file')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Who is unlocking the store [default: its only user, else the one named as the OS user]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of lists and `show` (`ics`: `deadlines` only)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Interface language [default: KABINET_LANG, else ru when LANG/LC_ALL starts with ru, else en]')
            [CompletionResult]::new('--holidays', '--holidays', [CompletionResultType]::ParameterName, 'A file of extra or overriding days off and working days (format: see `kabinet calendar --help`)')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Add even if a record with the same subject, date, type and result exists')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmation prompts (required to delete when not on a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmation prompts (required to delete when not on a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only what was asked for: no confirmations, no warnings')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only what was asked for: no confirmations, no warnings')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colours (also when NO_COLOR is set)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'kabinet;record;list' {
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Only the last N records (by event date), like `jrnl -n N`')
            [CompletionResult]::new('--last', '--last', [CompletionResultType]::ParameterName, 'Only the last N records (by event date), like `jrnl -n N`')
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'Events on or after this day')
            [CompletionResult]::new('--to', '--to', [CompletionResultType]::ParameterName, 'Events on or before this day')
            [CompletionResult]::new('--status', '--status', [CompletionResultType]::ParameterName, 'Only this status: ok, late or amended')
            [CompletionResult]::new('--text', '--text', [CompletionResultType]::ParameterName, 'Text anywhere in the record (case-insensitive)')
            [CompletionResult]::new('--type', '--type', [CompletionResultType]::ParameterName, 'Only this type (case-insensitive)')
            [CompletionResult]::new('--subject', '--subject', [CompletionResultType]::ParameterName, 'Subject ID, or part of the subject''s name')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Path of the store [default: $XDG_DATA_HOME/kabinet/kabinet.db]')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the passphrase from the first line of this file')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Who is unlocking the store [default: its only user, else the one named as the OS user]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of lists and `show` (`ics`: `deadlines` only)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Interface language [default: KABINET_LANG, else ru when LANG/LC_ALL starts with ru, else en]')
            [CompletionResult]::new('--holidays', '--holidays', [CompletionResultType]::ParameterName, 'A file of extra or overriding days off and working days (format: see `kabinet calendar --help`)')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Include records superseded by an amendment')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmation prompts (required to delete when not on a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmation prompts (required to delete when not on a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only what was asked for: no confirmations, no warnings')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only what was asked for: no confirmations, no warnings')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colours (also when NO_COLOR is set)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'kabinet;record;show' {
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Path of the store [default: $XDG_DATA_HOME/kabinet/kabinet.db]')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the passphrase from the first line of this file')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Who is unlocking the store [default: its only user, else the one named as the OS user]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of lists and `show` (`ics`: `deadlines` only)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Interface language [default: KABINET_LANG, else ru when LANG/LC_ALL starts with ru, else en]')
            [CompletionResult]::new('--holidays', '--holidays', [CompletionResultType]::ParameterName, 'A file of extra or overriding days off and working days (format: see `kabinet calendar --help`)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmation prompts (required to delete when not on a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmation prompts (required to delete when not on a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only what was asked for: no confirmations, no warnings')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only what was asked for: no confirmations, no warnings')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colours (also when NO_COLOR is set)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'kabinet;record;edit' {
            [CompletionResult]::new('--subject-id', '--subject-id', [CompletionResultType]::ParameterName, 'Who or what the event concerns: a person''s or a case''s number [required]')
            [CompletionResult]::new('--subject-name', '--subject-name', [CompletionResultType]::ParameterName, 'Full name (ФИО) of the subject, no abbreviations')
            [CompletionResult]::new('--event-date', '--event-date', [CompletionResultType]::ParameterName, 'Day of the event, never in the future [required]')
            [CompletionResult]::new('--date', '--date', [CompletionResultType]::ParameterName, 'Day of the event, never in the future [required]')
            [CompletionResult]::new('--type', '--type', [CompletionResultType]::ParameterName, 'Type of event: осмотр, прививка, консультация, направление, выплата… [required]')
            [CompletionResult]::new('--subtype', '--subtype', [CompletionResultType]::ParameterName, 'A finer category of the type')
            [CompletionResult]::new('--result', '--result', [CompletionResultType]::ParameterName, 'What came of it: заключение, сумма выплачена… [required]')
            [CompletionResult]::new('--description', '--description', [CompletionResultType]::ParameterName, 'Free-text description')
            [CompletionResult]::new('--registry-no', '--registry-no', [CompletionResultType]::ParameterName, 'Registry number of the case')
            [CompletionResult]::new('--amount', '--amount', [CompletionResultType]::ParameterName, 'Amount, with a dot and no thousands separators: 1500.50 (never below zero: a refund is its own event)')
            [CompletionResult]::new('--snils', '--snils', [CompletionResultType]::ParameterName, 'СНИЛС of the subject, with or without separators')
            [CompletionResult]::new('--oktmo', '--oktmo', [CompletionResultType]::ParameterName, 'ОКТМО code, 8 or 11 digits')
            [CompletionResult]::new('--responsible', '--responsible', [CompletionResultType]::ParameterName, 'Who is responsible')
            [CompletionResult]::new('--follow-up-on', '--follow-up-on', [CompletionResultType]::ParameterName, 'When the next step is due (a repeat check-up): a deadline')
            [CompletionResult]::new('--follow-up', '--follow-up', [CompletionResultType]::ParameterName, 'When the next step is due (a repeat check-up): a deadline')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Path of the store [default: $XDG_DATA_HOME/kabinet/kabinet.db]')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the passphrase from the first line of this file')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Who is unlocking the store [default: its only user, else the one named as the OS user]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of lists and `show` (`ics`: `deadlines` only)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Interface language [default: KABINET_LANG, else ru when LANG/LC_ALL starts with ru, else en]')
            [CompletionResult]::new('--holidays', '--holidays', [CompletionResultType]::ParameterName, 'A file of extra or overriding days off and working days (format: see `kabinet calendar --help`)')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Save even if the change makes it a duplicate of another record')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmation prompts (required to delete when not on a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmation prompts (required to delete when not on a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only what was asked for: no confirmations, no warnings')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only what was asked for: no confirmations, no warnings')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colours (also when NO_COLOR is set)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'kabinet;record;delete' {
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Path of the store [default: $XDG_DATA_HOME/kabinet/kabinet.db]')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the passphrase from the first line of this file')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Who is unlocking the store [default: its only user, else the one named as the OS user]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of lists and `show` (`ics`: `deadlines` only)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Interface language [default: KABINET_LANG, else ru when LANG/LC_ALL starts with ru, else en]')
            [CompletionResult]::new('--holidays', '--holidays', [CompletionResultType]::ParameterName, 'A file of extra or overriding days off and working days (format: see `kabinet calendar --help`)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmation prompts (required to delete when not on a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmation prompts (required to delete when not on a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only what was asked for: no confirmations, no warnings')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only what was asked for: no confirmations, no warnings')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colours (also when NO_COLOR is set)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'kabinet;record;amend' {
            [CompletionResult]::new('--subject-id', '--subject-id', [CompletionResultType]::ParameterName, 'Who or what the event concerns: a person''s or a case''s number [required]')
            [CompletionResult]::new('--subject-name', '--subject-name', [CompletionResultType]::ParameterName, 'Full name (ФИО) of the subject, no abbreviations')
            [CompletionResult]::new('--event-date', '--event-date', [CompletionResultType]::ParameterName, 'Day of the event, never in the future [required]')
            [CompletionResult]::new('--date', '--date', [CompletionResultType]::ParameterName, 'Day of the event, never in the future [required]')
            [CompletionResult]::new('--type', '--type', [CompletionResultType]::ParameterName, 'Type of event: осмотр, прививка, консультация, направление, выплата… [required]')
            [CompletionResult]::new('--subtype', '--subtype', [CompletionResultType]::ParameterName, 'A finer category of the type')
            [CompletionResult]::new('--result', '--result', [CompletionResultType]::ParameterName, 'What came of it: заключение, сумма выплачена… [required]')
            [CompletionResult]::new('--description', '--description', [CompletionResultType]::ParameterName, 'Free-text description')
            [CompletionResult]::new('--registry-no', '--registry-no', [CompletionResultType]::ParameterName, 'Registry number of the case')
            [CompletionResult]::new('--amount', '--amount', [CompletionResultType]::ParameterName, 'Amount, with a dot and no thousands separators: 1500.50 (never below zero: a refund is its own event)')
            [CompletionResult]::new('--snils', '--snils', [CompletionResultType]::ParameterName, 'СНИЛС of the subject, with or without separators')
            [CompletionResult]::new('--oktmo', '--oktmo', [CompletionResultType]::ParameterName, 'ОКТМО code, 8 or 11 digits')
            [CompletionResult]::new('--responsible', '--responsible', [CompletionResultType]::ParameterName, 'Who is responsible')
            [CompletionResult]::new('--follow-up-on', '--follow-up-on', [CompletionResultType]::ParameterName, 'When the next step is due (a repeat check-up): a deadline')
            [CompletionResult]::new('--follow-up', '--follow-up', [CompletionResultType]::ParameterName, 'When the next step is due (a repeat check-up): a deadline')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Path of the store [default: $XDG_DATA_HOME/kabinet/kabinet.db]')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the passphrase from the first line of this file')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Who is unlocking the store [default: its only user, else the one named as the OS user]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of lists and `show` (`ics`: `deadlines` only)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Interface language [default: KABINET_LANG, else ru when LANG/LC_ALL starts with ru, else en]')
            [CompletionResult]::new('--holidays', '--holidays', [CompletionResultType]::ParameterName, 'A file of extra or overriding days off and working days (format: see `kabinet calendar --help`)')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Save even if the amendment duplicates another record')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmation prompts (required to delete when not on a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmation prompts (required to delete when not on a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only what was asked for: no confirmations, no warnings')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only what was asked for: no confirmations, no warnings')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colours (also when NO_COLOR is set)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'kabinet;record;help' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a record and print its ID')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List records')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one record with its edit window and amendments')
            [CompletionResult]::new('edit', 'edit', [CompletionResultType]::ParameterValue, 'Change a record within 24 hours of its entry (later: use `amend`)')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a record within 24 hours of its entry')
            [CompletionResult]::new('amend', 'amend', [CompletionResultType]::ParameterValue, 'Correct a locked record: a new record supersedes it, and the original is kept')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'kabinet;record;help;add' {
            break
        }
        'kabinet;record;help;list' {
            break
        }
        'kabinet;record;help;show' {
            break
        }
        'kabinet;record;help;edit' {
            break
        }
        'kabinet;record;help;delete' {
            break
        }
        'kabinet;record;help;amend' {
            break
        }
        'kabinet;record;help;help' {
            break
        }
        'kabinet;doc' {
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Path of the store [default: $XDG_DATA_HOME/kabinet/kabinet.db]')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the passphrase from the first line of this file')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Who is unlocking the store [default: its only user, else the one named as the OS user]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of lists and `show` (`ics`: `deadlines` only)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Interface language [default: KABINET_LANG, else ru when LANG/LC_ALL starts with ru, else en]')
            [CompletionResult]::new('--holidays', '--holidays', [CompletionResultType]::ParameterName, 'A file of extra or overriding days off and working days (format: see `kabinet calendar --help`)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmation prompts (required to delete when not on a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmation prompts (required to delete when not on a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only what was asked for: no confirmations, no warnings')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only what was asked for: no confirmations, no warnings')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colours (also when NO_COLOR is set)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a document and print its ID')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List documents with their status (valid, expiring, expired, indefinite, archived)')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one document with its status and days left')
            [CompletionResult]::new('edit', 'edit', [CompletionResultType]::ParameterValue, 'Change a document''s fields')
            [CompletionResult]::new('renew', 'renew', [CompletionResultType]::ParameterValue, 'Replace a document by a new one: the old one is archived and linked to the new')
            [CompletionResult]::new('archive', 'archive', [CompletionResultType]::ParameterValue, 'Archive a document that is no longer in use')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a document')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'kabinet;doc;add' {
            [CompletionResult]::new('--holder', '--holder', [CompletionResultType]::ParameterName, 'Holder''s full name (ФИО) [required]')
            [CompletionResult]::new('--holder-snils', '--holder-snils', [CompletionResultType]::ParameterName, 'Holder''s СНИЛС')
            [CompletionResult]::new('--kind', '--kind', [CompletionResultType]::ParameterName, 'passport, foreign_passport, driver_license, snils, inn, oms_policy, birth_certificate, medical_certificate, vehicle_registration, license, contract, other (or the Russian name: паспорт, права, полис ОМС…) [required]')
            [CompletionResult]::new('--series', '--series', [CompletionResultType]::ParameterName, 'Series, e.g. 45 06')
            [CompletionResult]::new('--number', '--number', [CompletionResultType]::ParameterName, 'Number')
            [CompletionResult]::new('--issued-on', '--issued-on', [CompletionResultType]::ParameterName, 'Day of issue, not in the future [required]')
            [CompletionResult]::new('--issued', '--issued', [CompletionResultType]::ParameterName, 'Day of issue, not in the future [required]')
            [CompletionResult]::new('--issued-by', '--issued-by', [CompletionResultType]::ParameterName, 'Issuing authority')
            [CompletionResult]::new('--department-code', '--department-code', [CompletionResultType]::ParameterName, 'Department code, NNN-NNN')
            [CompletionResult]::new('--expires-on', '--expires-on', [CompletionResultType]::ParameterName, 'Last day of validity; empty means indefinite (бессрочно)')
            [CompletionResult]::new('--expires', '--expires', [CompletionResultType]::ParameterName, 'Last day of validity; empty means indefinite (бессрочно)')
            [CompletionResult]::new('--notes', '--notes', [CompletionResultType]::ParameterName, 'Notes')
            [CompletionResult]::new('--email', '--email', [CompletionResultType]::ParameterName, 'The holder''s e-mail: their reminders go there (`kabinet notify`)')
            [CompletionResult]::new('--phone', '--phone', [CompletionResultType]::ParameterName, 'The holder''s phone, for a reminder by SMS: +7 and ten digits, as written (8 912 345-67-89)')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Path of the store [default: $XDG_DATA_HOME/kabinet/kabinet.db]')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the passphrase from the first line of this file')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Who is unlocking the store [default: its only user, else the one named as the OS user]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of lists and `show` (`ics`: `deadlines` only)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Interface language [default: KABINET_LANG, else ru when LANG/LC_ALL starts with ru, else en]')
            [CompletionResult]::new('--holidays', '--holidays', [CompletionResultType]::ParameterName, 'A file of extra or overriding days off and working days (format: see `kabinet calendar --help`)')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Add even if a document of this kind, series and number exists')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmation prompts (required to delete when not on a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmation prompts (required to delete when not on a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only what was asked for: no confirmations, no warnings')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only what was asked for: no confirmations, no warnings')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colours (also when NO_COLOR is set)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'kabinet;doc;list' {
            [CompletionResult]::new('--kind', '--kind', [CompletionResultType]::ParameterName, 'Only this kind')
            [CompletionResult]::new('--status', '--status', [CompletionResultType]::ParameterName, 'Only this status: valid, expiring, expired, indefinite, archived')
            [CompletionResult]::new('--text', '--text', [CompletionResultType]::ParameterName, 'Text anywhere in the document (case-insensitive)')
            [CompletionResult]::new('--holder', '--holder', [CompletionResultType]::ParameterName, 'Part of the holder''s name')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Path of the store [default: $XDG_DATA_HOME/kabinet/kabinet.db]')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the passphrase from the first line of this file')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Who is unlocking the store [default: its only user, else the one named as the OS user]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of lists and `show` (`ics`: `deadlines` only)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Interface language [default: KABINET_LANG, else ru when LANG/LC_ALL starts with ru, else en]')
            [CompletionResult]::new('--holidays', '--holidays', [CompletionResultType]::ParameterName, 'A file of extra or overriding days off and working days (format: see `kabinet calendar --help`)')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Include archived documents')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmation prompts (required to delete when not on a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmation prompts (required to delete when not on a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only what was asked for: no confirmations, no warnings')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only what was asked for: no confirmations, no warnings')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colours (also when NO_COLOR is set)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'kabinet;doc;show' {
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Path of the store [default: $XDG_DATA_HOME/kabinet/kabinet.db]')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the passphrase from the first line of this file')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Who is unlocking the store [default: its only user, else the one named as the OS user]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of lists and `show` (`ics`: `deadlines` only)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Interface language [default: KABINET_LANG, else ru when LANG/LC_ALL starts with ru, else en]')
            [CompletionResult]::new('--holidays', '--holidays', [CompletionResultType]::ParameterName, 'A file of extra or overriding days off and working days (format: see `kabinet calendar --help`)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmation prompts (required to delete when not on a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmation prompts (required to delete when not on a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only what was asked for: no confirmations, no warnings')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only what was asked for: no confirmations, no warnings')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colours (also when NO_COLOR is set)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'kabinet;doc;edit' {
            [CompletionResult]::new('--holder', '--holder', [CompletionResultType]::ParameterName, 'Holder''s full name (ФИО) [required]')
            [CompletionResult]::new('--holder-snils', '--holder-snils', [CompletionResultType]::ParameterName, 'Holder''s СНИЛС')
            [CompletionResult]::new('--kind', '--kind', [CompletionResultType]::ParameterName, 'passport, foreign_passport, driver_license, snils, inn, oms_policy, birth_certificate, medical_certificate, vehicle_registration, license, contract, other (or the Russian name: паспорт, права, полис ОМС…) [required]')
            [CompletionResult]::new('--series', '--series', [CompletionResultType]::ParameterName, 'Series, e.g. 45 06')
            [CompletionResult]::new('--number', '--number', [CompletionResultType]::ParameterName, 'Number')
            [CompletionResult]::new('--issued-on', '--issued-on', [CompletionResultType]::ParameterName, 'Day of issue, not in the future [required]')
            [CompletionResult]::new('--issued', '--issued', [CompletionResultType]::ParameterName, 'Day of issue, not in the future [required]')
            [CompletionResult]::new('--issued-by', '--issued-by', [CompletionResultType]::ParameterName, 'Issuing authority')
            [CompletionResult]::new('--department-code', '--department-code', [CompletionResultType]::ParameterName, 'Department code, NNN-NNN')
            [CompletionResult]::new('--expires-on', '--expires-on', [CompletionResultType]::ParameterName, 'Last day of validity; empty means indefinite (бессрочно)')
            [CompletionResult]::new('--expires', '--expires', [CompletionResultType]::ParameterName, 'Last day of validity; empty means indefinite (бессрочно)')
            [CompletionResult]::new('--notes', '--notes', [CompletionResultType]::ParameterName, 'Notes')
            [CompletionResult]::new('--email', '--email', [CompletionResultType]::ParameterName, 'The holder''s e-mail: their reminders go there (`kabinet notify`)')
            [CompletionResult]::new('--phone', '--phone', [CompletionResultType]::ParameterName, 'The holder''s phone, for a reminder by SMS: +7 and ten digits, as written (8 912 345-67-89)')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Path of the store [default: $XDG_DATA_HOME/kabinet/kabinet.db]')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the passphrase from the first line of this file')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Who is unlocking the store [default: its only user, else the one named as the OS user]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of lists and `show` (`ics`: `deadlines` only)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Interface language [default: KABINET_LANG, else ru when LANG/LC_ALL starts with ru, else en]')
            [CompletionResult]::new('--holidays', '--holidays', [CompletionResultType]::ParameterName, 'A file of extra or overriding days off and working days (format: see `kabinet calendar --help`)')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Save even if the change duplicates another document')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmation prompts (required to delete when not on a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmation prompts (required to delete when not on a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only what was asked for: no confirmations, no warnings')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only what was asked for: no confirmations, no warnings')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colours (also when NO_COLOR is set)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'kabinet;doc;renew' {
            [CompletionResult]::new('--holder', '--holder', [CompletionResultType]::ParameterName, 'Holder''s full name (ФИО) [required]')
            [CompletionResult]::new('--holder-snils', '--holder-snils', [CompletionResultType]::ParameterName, 'Holder''s СНИЛС')
            [CompletionResult]::new('--kind', '--kind', [CompletionResultType]::ParameterName, 'passport, foreign_passport, driver_license, snils, inn, oms_policy, birth_certificate, medical_certificate, vehicle_registration, license, contract, other (or the Russian name: паспорт, права, полис ОМС…) [required]')
            [CompletionResult]::new('--series', '--series', [CompletionResultType]::ParameterName, 'Series, e.g. 45 06')
            [CompletionResult]::new('--number', '--number', [CompletionResultType]::ParameterName, 'Number')
            [CompletionResult]::new('--issued-on', '--issued-on', [CompletionResultType]::ParameterName, 'Day of issue, not in the future [required]')
            [CompletionResult]::new('--issued', '--issued', [CompletionResultType]::ParameterName, 'Day of issue, not in the future [required]')
            [CompletionResult]::new('--issued-by', '--issued-by', [CompletionResultType]::ParameterName, 'Issuing authority')
            [CompletionResult]::new('--department-code', '--department-code', [CompletionResultType]::ParameterName, 'Department code, NNN-NNN')
            [CompletionResult]::new('--expires-on', '--expires-on', [CompletionResultType]::ParameterName, 'Last day of validity; empty means indefinite (бессрочно)')
            [CompletionResult]::new('--expires', '--expires', [CompletionResultType]::ParameterName, 'Last day of validity; empty means indefinite (бессрочно)')
            [CompletionResult]::new('--notes', '--notes', [CompletionResultType]::ParameterName, 'Notes')
            [CompletionResult]::new('--email', '--email', [CompletionResultType]::ParameterName, 'The holder''s e-mail: their reminders go there (`kabinet notify`)')
            [CompletionResult]::new('--phone', '--phone', [CompletionResultType]::ParameterName, 'The holder''s phone, for a reminder by SMS: +7 and ten digits, as written (8 912 345-67-89)')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Path of the store [default: $XDG_DATA_HOME/kabinet/kabinet.db]')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the passphrase from the first line of this file')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Who is unlocking the store [default: its only user, else the one named as the OS user]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of lists and `show` (`ics`: `deadlines` only)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Interface language [default: KABINET_LANG, else ru when LANG/LC_ALL starts with ru, else en]')
            [CompletionResult]::new('--holidays', '--holidays', [CompletionResultType]::ParameterName, 'A file of extra or overriding days off and working days (format: see `kabinet calendar --help`)')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Add even if the new document duplicates another')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmation prompts (required to delete when not on a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmation prompts (required to delete when not on a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only what was asked for: no confirmations, no warnings')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only what was asked for: no confirmations, no warnings')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colours (also when NO_COLOR is set)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'kabinet;doc;archive' {
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Path of the store [default: $XDG_DATA_HOME/kabinet/kabinet.db]')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the passphrase from the first line of this file')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Who is unlocking the store [default: its only user, else the one named as the OS user]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of lists and `show` (`ics`: `deadlines` only)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Interface language [default: KABINET_LANG, else ru when LANG/LC_ALL starts with ru, else en]')
            [CompletionResult]::new('--holidays', '--holidays', [CompletionResultType]::ParameterName, 'A file of extra or overriding days off and working days (format: see `kabinet calendar --help`)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmation prompts (required to delete when not on a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmation prompts (required to delete when not on a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only what was asked for: no confirmations, no warnings')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only what was asked for: no confirmations, no warnings')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colours (also when NO_COLOR is set)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'kabinet;doc;delete' {
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Path of the store [default: $XDG_DATA_HOME/kabinet/kabinet.db]')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the passphrase from the first line of this file')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Who is unlocking the store [default: its only user, else the one named as the OS user]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of lists and `show` (`ics`: `deadlines` only)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Interface language [default: KABINET_LANG, else ru when LANG/LC_ALL starts with ru, else en]')
            [CompletionResult]::new('--holidays', '--holidays', [CompletionResultType]::ParameterName, 'A file of extra or overriding days off and working days (format: see `kabinet calendar --help`)')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Delete even if a scheduled appointment needs it')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmation prompts (required to delete when not on a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmation prompts (required to delete when not on a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only what was asked for: no confirmations, no warnings')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only what was asked for: no confirmations, no warnings')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colours (also when NO_COLOR is set)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'kabinet;doc;help' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a document and print its ID')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List documents with their status (valid, expiring, expired, indefinite, archived)')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one document with its status and days left')
            [CompletionResult]::new('edit', 'edit', [CompletionResultType]::ParameterValue, 'Change a document''s fields')
            [CompletionResult]::new('renew', 'renew', [CompletionResultType]::ParameterValue, 'Replace a document by a new one: the old one is archived and linked to the new')
            [CompletionResult]::new('archive', 'archive', [CompletionResultType]::ParameterValue, 'Archive a document that is no longer in use')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a document')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'kabinet;doc;help;add' {
            break
        }
        'kabinet;doc;help;list' {
            break
        }
        'kabinet;doc;help;show' {
            break
        }
        'kabinet;doc;help;edit' {
            break
        }
        'kabinet;doc;help;renew' {
            break
        }
        'kabinet;doc;help;archive' {
            break
        }
        'kabinet;doc;help;delete' {
            break
        }
        'kabinet;doc;help;help' {
            break
        }
        'kabinet;appt' {
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Path of the store [default: $XDG_DATA_HOME/kabinet/kabinet.db]')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the passphrase from the first line of this file')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Who is unlocking the store [default: its only user, else the one named as the OS user]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of lists and `show` (`ics`: `deadlines` only)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Interface language [default: KABINET_LANG, else ru when LANG/LC_ALL starts with ru, else en]')
            [CompletionResult]::new('--holidays', '--holidays', [CompletionResultType]::ParameterName, 'A file of extra or overriding days off and working days (format: see `kabinet calendar --help`)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmation prompts (required to delete when not on a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmation prompts (required to delete when not on a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only what was asked for: no confirmations, no warnings')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only what was asked for: no confirmations, no warnings')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colours (also when NO_COLOR is set)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Book an appointment and print its ID')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List appointments')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one appointment with reminders, documents to bring and its history')
            [CompletionResult]::new('edit', 'edit', [CompletionResultType]::ParameterValue, 'Change an appointment''s details (use `reschedule` to move it)')
            [CompletionResult]::new('reschedule', 'reschedule', [CompletionResultType]::ParameterValue, 'Move an appointment; the old time stays in its history')
            [CompletionResult]::new('cancel', 'cancel', [CompletionResultType]::ParameterValue, 'Cancel an appointment (until 24 hours before the start)')
            [CompletionResult]::new('done', 'done', [CompletionResultType]::ParameterValue, 'Mark an appointment as attended')
            [CompletionResult]::new('no-show', 'no-show', [CompletionResultType]::ParameterValue, 'Mark an appointment as missed')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete an appointment and its history')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'kabinet;appt;add' {
            [CompletionResult]::new('--person', '--person', [CompletionResultType]::ParameterName, 'Who goes')
            [CompletionResult]::new('--institution', '--institution', [CompletionResultType]::ParameterName, 'Institution: МФЦ, поликлиника, ГИБДД, ФНС… [required]')
            [CompletionResult]::new('--service', '--service', [CompletionResultType]::ParameterName, 'Service booked [required]')
            [CompletionResult]::new('--office', '--office', [CompletionResultType]::ParameterName, 'Office or address')
            [CompletionResult]::new('--starts-at', '--starts-at', [CompletionResultType]::ParameterName, 'Start: ''ДД.ММ.ГГГГ ЧЧ:ММ'' or ISO 8601 [required]')
            [CompletionResult]::new('--at', '--at', [CompletionResultType]::ParameterName, 'Start: ''ДД.ММ.ГГГГ ЧЧ:ММ'' or ISO 8601 [required]')
            [CompletionResult]::new('--duration-min', '--duration-min', [CompletionResultType]::ParameterName, 'Duration in minutes [default: 30]')
            [CompletionResult]::new('--confirmation-no', '--confirmation-no', [CompletionResultType]::ParameterName, 'Confirmation number given by the office')
            [CompletionResult]::new('--needs', '--needs', [CompletionResultType]::ParameterName, 'IDs of documents to bring: D-1,D-2')
            [CompletionResult]::new('--notes', '--notes', [CompletionResultType]::ParameterName, 'Notes')
            [CompletionResult]::new('--email', '--email', [CompletionResultType]::ParameterName, 'The person''s e-mail: their reminders go there (`kabinet notify`)')
            [CompletionResult]::new('--phone', '--phone', [CompletionResultType]::ParameterName, 'The person''s phone, for a reminder by SMS: +7 and ten digits, as written (8 912 345-67-89)')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Path of the store [default: $XDG_DATA_HOME/kabinet/kabinet.db]')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the passphrase from the first line of this file')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Who is unlocking the store [default: its only user, else the one named as the OS user]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of lists and `show` (`ics`: `deadlines` only)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Interface language [default: KABINET_LANG, else ru when LANG/LC_ALL starts with ru, else en]')
            [CompletionResult]::new('--holidays', '--holidays', [CompletionResultType]::ParameterName, 'A file of extra or overriding days off and working days (format: see `kabinet calendar --help`)')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Add even if the same person, institution, service and time exist')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmation prompts (required to delete when not on a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmation prompts (required to delete when not on a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only what was asked for: no confirmations, no warnings')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only what was asked for: no confirmations, no warnings')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colours (also when NO_COLOR is set)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'kabinet;appt;list' {
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'Starting on or after this day')
            [CompletionResult]::new('--to', '--to', [CompletionResultType]::ParameterName, 'Starting on or before this day')
            [CompletionResult]::new('--status', '--status', [CompletionResultType]::ParameterName, 'Only this status: scheduled, done, no_show, cancelled')
            [CompletionResult]::new('--text', '--text', [CompletionResultType]::ParameterName, 'Text anywhere in the appointment (case-insensitive)')
            [CompletionResult]::new('--person', '--person', [CompletionResultType]::ParameterName, 'Part of the person''s name')
            [CompletionResult]::new('--institution', '--institution', [CompletionResultType]::ParameterName, 'Part of the institution''s name')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Path of the store [default: $XDG_DATA_HOME/kabinet/kabinet.db]')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the passphrase from the first line of this file')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Who is unlocking the store [default: its only user, else the one named as the OS user]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of lists and `show` (`ics`: `deadlines` only)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Interface language [default: KABINET_LANG, else ru when LANG/LC_ALL starts with ru, else en]')
            [CompletionResult]::new('--holidays', '--holidays', [CompletionResultType]::ParameterName, 'A file of extra or overriding days off and working days (format: see `kabinet calendar --help`)')
            [CompletionResult]::new('--upcoming', '--upcoming', [CompletionResultType]::ParameterName, 'Only scheduled appointments from now on')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmation prompts (required to delete when not on a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmation prompts (required to delete when not on a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only what was asked for: no confirmations, no warnings')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only what was asked for: no confirmations, no warnings')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colours (also when NO_COLOR is set)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'kabinet;appt;show' {
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Path of the store [default: $XDG_DATA_HOME/kabinet/kabinet.db]')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the passphrase from the first line of this file')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Who is unlocking the store [default: its only user, else the one named as the OS user]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of lists and `show` (`ics`: `deadlines` only)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Interface language [default: KABINET_LANG, else ru when LANG/LC_ALL starts with ru, else en]')
            [CompletionResult]::new('--holidays', '--holidays', [CompletionResultType]::ParameterName, 'A file of extra or overriding days off and working days (format: see `kabinet calendar --help`)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmation prompts (required to delete when not on a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmation prompts (required to delete when not on a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only what was asked for: no confirmations, no warnings')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only what was asked for: no confirmations, no warnings')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colours (also when NO_COLOR is set)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'kabinet;appt;edit' {
            [CompletionResult]::new('--person', '--person', [CompletionResultType]::ParameterName, 'Who goes')
            [CompletionResult]::new('--institution', '--institution', [CompletionResultType]::ParameterName, 'Institution: МФЦ, поликлиника, ГИБДД, ФНС… [required]')
            [CompletionResult]::new('--service', '--service', [CompletionResultType]::ParameterName, 'Service booked [required]')
            [CompletionResult]::new('--office', '--office', [CompletionResultType]::ParameterName, 'Office or address')
            [CompletionResult]::new('--starts-at', '--starts-at', [CompletionResultType]::ParameterName, 'Start: ''ДД.ММ.ГГГГ ЧЧ:ММ'' or ISO 8601 [required]')
            [CompletionResult]::new('--at', '--at', [CompletionResultType]::ParameterName, 'Start: ''ДД.ММ.ГГГГ ЧЧ:ММ'' or ISO 8601 [required]')
            [CompletionResult]::new('--duration-min', '--duration-min', [CompletionResultType]::ParameterName, 'Duration in minutes [default: 30]')
            [CompletionResult]::new('--confirmation-no', '--confirmation-no', [CompletionResultType]::ParameterName, 'Confirmation number given by the office')
            [CompletionResult]::new('--needs', '--needs', [CompletionResultType]::ParameterName, 'IDs of documents to bring: D-1,D-2')
            [CompletionResult]::new('--notes', '--notes', [CompletionResultType]::ParameterName, 'Notes')
            [CompletionResult]::new('--email', '--email', [CompletionResultType]::ParameterName, 'The person''s e-mail: their reminders go there (`kabinet notify`)')
            [CompletionResult]::new('--phone', '--phone', [CompletionResultType]::ParameterName, 'The person''s phone, for a reminder by SMS: +7 and ten digits, as written (8 912 345-67-89)')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Path of the store [default: $XDG_DATA_HOME/kabinet/kabinet.db]')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the passphrase from the first line of this file')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Who is unlocking the store [default: its only user, else the one named as the OS user]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of lists and `show` (`ics`: `deadlines` only)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Interface language [default: KABINET_LANG, else ru when LANG/LC_ALL starts with ru, else en]')
            [CompletionResult]::new('--holidays', '--holidays', [CompletionResultType]::ParameterName, 'A file of extra or overriding days off and working days (format: see `kabinet calendar --help`)')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Save even if the change duplicates another appointment')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmation prompts (required to delete when not on a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmation prompts (required to delete when not on a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only what was asked for: no confirmations, no warnings')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only what was asked for: no confirmations, no warnings')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colours (also when NO_COLOR is set)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'kabinet;appt;reschedule' {
            [CompletionResult]::new('--at', '--at', [CompletionResultType]::ParameterName, 'The new start')
            [CompletionResult]::new('--starts-at', '--starts-at', [CompletionResultType]::ParameterName, 'The new start')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Path of the store [default: $XDG_DATA_HOME/kabinet/kabinet.db]')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the passphrase from the first line of this file')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Who is unlocking the store [default: its only user, else the one named as the OS user]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of lists and `show` (`ics`: `deadlines` only)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Interface language [default: KABINET_LANG, else ru when LANG/LC_ALL starts with ru, else en]')
            [CompletionResult]::new('--holidays', '--holidays', [CompletionResultType]::ParameterName, 'A file of extra or overriding days off and working days (format: see `kabinet calendar --help`)')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Allow it less than 24 hours before the start (marked late)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmation prompts (required to delete when not on a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmation prompts (required to delete when not on a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only what was asked for: no confirmations, no warnings')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only what was asked for: no confirmations, no warnings')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colours (also when NO_COLOR is set)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'kabinet;appt;cancel' {
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Path of the store [default: $XDG_DATA_HOME/kabinet/kabinet.db]')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the passphrase from the first line of this file')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Who is unlocking the store [default: its only user, else the one named as the OS user]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of lists and `show` (`ics`: `deadlines` only)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Interface language [default: KABINET_LANG, else ru when LANG/LC_ALL starts with ru, else en]')
            [CompletionResult]::new('--holidays', '--holidays', [CompletionResultType]::ParameterName, 'A file of extra or overriding days off and working days (format: see `kabinet calendar --help`)')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Allow it less than 24 hours before the start (marked late)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmation prompts (required to delete when not on a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmation prompts (required to delete when not on a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only what was asked for: no confirmations, no warnings')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only what was asked for: no confirmations, no warnings')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colours (also when NO_COLOR is set)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'kabinet;appt;done' {
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Path of the store [default: $XDG_DATA_HOME/kabinet/kabinet.db]')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the passphrase from the first line of this file')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Who is unlocking the store [default: its only user, else the one named as the OS user]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of lists and `show` (`ics`: `deadlines` only)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Interface language [default: KABINET_LANG, else ru when LANG/LC_ALL starts with ru, else en]')
            [CompletionResult]::new('--holidays', '--holidays', [CompletionResultType]::ParameterName, 'A file of extra or overriding days off and working days (format: see `kabinet calendar --help`)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmation prompts (required to delete when not on a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmation prompts (required to delete when not on a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only what was asked for: no confirmations, no warnings')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only what was asked for: no confirmations, no warnings')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colours (also when NO_COLOR is set)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'kabinet;appt;no-show' {
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Path of the store [default: $XDG_DATA_HOME/kabinet/kabinet.db]')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the passphrase from the first line of this file')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Who is unlocking the store [default: its only user, else the one named as the OS user]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of lists and `show` (`ics`: `deadlines` only)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Interface language [default: KABINET_LANG, else ru when LANG/LC_ALL starts with ru, else en]')
            [CompletionResult]::new('--holidays', '--holidays', [CompletionResultType]::ParameterName, 'A file of extra or overriding days off and working days (format: see `kabinet calendar --help`)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmation prompts (required to delete when not on a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmation prompts (required to delete when not on a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only what was asked for: no confirmations, no warnings')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only what was asked for: no confirmations, no warnings')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colours (also when NO_COLOR is set)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'kabinet;appt;delete' {
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Path of the store [default: $XDG_DATA_HOME/kabinet/kabinet.db]')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the passphrase from the first line of this file')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Who is unlocking the store [default: its only user, else the one named as the OS user]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of lists and `show` (`ics`: `deadlines` only)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Interface language [default: KABINET_LANG, else ru when LANG/LC_ALL starts with ru, else en]')
            [CompletionResult]::new('--holidays', '--holidays', [CompletionResultType]::ParameterName, 'A file of extra or overriding days off and working days (format: see `kabinet calendar --help`)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmation prompts (required to delete when not on a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmation prompts (required to delete when not on a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only what was asked for: no confirmations, no warnings')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only what was asked for: no confirmations, no warnings')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colours (also when NO_COLOR is set)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'kabinet;appt;help' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Book an appointment and print its ID')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List appointments')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one appointment with reminders, documents to bring and its history')
            [CompletionResult]::new('edit', 'edit', [CompletionResultType]::ParameterValue, 'Change an appointment''s details (use `reschedule` to move it)')
            [CompletionResult]::new('reschedule', 'reschedule', [CompletionResultType]::ParameterValue, 'Move an appointment; the old time stays in its history')
            [CompletionResult]::new('cancel', 'cancel', [CompletionResultType]::ParameterValue, 'Cancel an appointment (until 24 hours before the start)')
            [CompletionResult]::new('done', 'done', [CompletionResultType]::ParameterValue, 'Mark an appointment as attended')
            [CompletionResult]::new('no-show', 'no-show', [CompletionResultType]::ParameterValue, 'Mark an appointment as missed')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete an appointment and its history')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'kabinet;appt;help;add' {
            break
        }
        'kabinet;appt;help;list' {
            break
        }
        'kabinet;appt;help;show' {
            break
        }
        'kabinet;appt;help;edit' {
            break
        }
        'kabinet;appt;help;reschedule' {
            break
        }
        'kabinet;appt;help;cancel' {
            break
        }
        'kabinet;appt;help;done' {
            break
        }
        'kabinet;appt;help;no-show' {
            break
        }
        'kabinet;appt;help;delete' {
            break
        }
        'kabinet;appt;help;help' {
            break
        }
        'kabinet;obligation' {
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Path of the store [default: $XDG_DATA_HOME/kabinet/kabinet.db]')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the passphrase from the first line of this file')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Who is unlocking the store [default: its only user, else the one named as the OS user]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of lists and `show` (`ics`: `deadlines` only)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Interface language [default: KABINET_LANG, else ru when LANG/LC_ALL starts with ru, else en]')
            [CompletionResult]::new('--holidays', '--holidays', [CompletionResultType]::ParameterName, 'A file of extra or overriding days off and working days (format: see `kabinet calendar --help`)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmation prompts (required to delete when not on a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmation prompts (required to delete when not on a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only what was asked for: no confirmations, no warnings')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only what was asked for: no confirmations, no warnings')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colours (also when NO_COLOR is set)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add an obligation and print its ID')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List obligations with their effective due dates')
            [CompletionResult]::new('done', 'done', [CompletionResultType]::ParameterValue, 'Mark done: a recurring one moves to its next date, a one-off is closed')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete an obligation')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'kabinet;obligation;add' {
            [CompletionResult]::new('--due', '--due', [CompletionResultType]::ParameterName, 'When it is (first) due [required]')
            [CompletionResult]::new('--every', '--every', [CompletionResultType]::ParameterName, 'Repeat every month, quarter or year')
            [CompletionResult]::new('--day', '--day', [CompletionResultType]::ParameterName, 'Day of the month it recurs on [default: the day of --due]')
            [CompletionResult]::new('--shift', '--shift', [CompletionResultType]::ParameterName, 'When the date is a day off: next (working day, the default), previous, none')
            [CompletionResult]::new('--notes', '--notes', [CompletionResultType]::ParameterName, 'Notes')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Path of the store [default: $XDG_DATA_HOME/kabinet/kabinet.db]')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the passphrase from the first line of this file')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Who is unlocking the store [default: its only user, else the one named as the OS user]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of lists and `show` (`ics`: `deadlines` only)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Interface language [default: KABINET_LANG, else ru when LANG/LC_ALL starts with ru, else en]')
            [CompletionResult]::new('--holidays', '--holidays', [CompletionResultType]::ParameterName, 'A file of extra or overriding days off and working days (format: see `kabinet calendar --help`)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmation prompts (required to delete when not on a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmation prompts (required to delete when not on a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only what was asked for: no confirmations, no warnings')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only what was asked for: no confirmations, no warnings')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colours (also when NO_COLOR is set)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'kabinet;obligation;list' {
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Path of the store [default: $XDG_DATA_HOME/kabinet/kabinet.db]')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the passphrase from the first line of this file')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Who is unlocking the store [default: its only user, else the one named as the OS user]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of lists and `show` (`ics`: `deadlines` only)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Interface language [default: KABINET_LANG, else ru when LANG/LC_ALL starts with ru, else en]')
            [CompletionResult]::new('--holidays', '--holidays', [CompletionResultType]::ParameterName, 'A file of extra or overriding days off and working days (format: see `kabinet calendar --help`)')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Include one-off obligations already done')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmation prompts (required to delete when not on a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmation prompts (required to delete when not on a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only what was asked for: no confirmations, no warnings')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only what was asked for: no confirmations, no warnings')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colours (also when NO_COLOR is set)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'kabinet;obligation;done' {
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Path of the store [default: $XDG_DATA_HOME/kabinet/kabinet.db]')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the passphrase from the first line of this file')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Who is unlocking the store [default: its only user, else the one named as the OS user]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of lists and `show` (`ics`: `deadlines` only)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Interface language [default: KABINET_LANG, else ru when LANG/LC_ALL starts with ru, else en]')
            [CompletionResult]::new('--holidays', '--holidays', [CompletionResultType]::ParameterName, 'A file of extra or overriding days off and working days (format: see `kabinet calendar --help`)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmation prompts (required to delete when not on a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmation prompts (required to delete when not on a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only what was asked for: no confirmations, no warnings')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only what was asked for: no confirmations, no warnings')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colours (also when NO_COLOR is set)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'kabinet;obligation;delete' {
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Path of the store [default: $XDG_DATA_HOME/kabinet/kabinet.db]')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the passphrase from the first line of this file')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Who is unlocking the store [default: its only user, else the one named as the OS user]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of lists and `show` (`ics`: `deadlines` only)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Interface language [default: KABINET_LANG, else ru when LANG/LC_ALL starts with ru, else en]')
            [CompletionResult]::new('--holidays', '--holidays', [CompletionResultType]::ParameterName, 'A file of extra or overriding days off and working days (format: see `kabinet calendar --help`)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmation prompts (required to delete when not on a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmation prompts (required to delete when not on a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only what was asked for: no confirmations, no warnings')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only what was asked for: no confirmations, no warnings')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colours (also when NO_COLOR is set)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'kabinet;obligation;help' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add an obligation and print its ID')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List obligations with their effective due dates')
            [CompletionResult]::new('done', 'done', [CompletionResultType]::ParameterValue, 'Mark done: a recurring one moves to its next date, a one-off is closed')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete an obligation')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'kabinet;obligation;help;add' {
            break
        }
        'kabinet;obligation;help;list' {
            break
        }
        'kabinet;obligation;help;done' {
            break
        }
        'kabinet;obligation;help;delete' {
            break
        }
        'kabinet;obligation;help;help' {
            break
        }
        'kabinet;application' {
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Path of the store [default: $XDG_DATA_HOME/kabinet/kabinet.db]')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the passphrase from the first line of this file')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Who is unlocking the store [default: its only user, else the one named as the OS user]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of lists and `show` (`ics`: `deadlines` only)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Interface language [default: KABINET_LANG, else ru when LANG/LC_ALL starts with ru, else en]')
            [CompletionResult]::new('--holidays', '--holidays', [CompletionResultType]::ParameterName, 'A file of extra or overriding days off and working days (format: see `kabinet calendar --help`)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmation prompts (required to delete when not on a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmation prompts (required to delete when not on a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only what was asked for: no confirmations, no warnings')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only what was asked for: no confirmations, no warnings')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colours (also when NO_COLOR is set)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'File an application and print its ID (Z-1, Z-2…)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List applications, latest submission first')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one application with its changes of status and the documents it relies on')
            [CompletionResult]::new('edit', 'edit', [CompletionResultType]::ParameterValue, 'Change an application''s details while no decision is made')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Move an application to a new status (only the allowed transitions; dated and kept)')
            [CompletionResult]::new('cancel', 'cancel', [CompletionResultType]::ParameterValue, 'Cancel an open application')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete an application and its history')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'kabinet;zayav' {
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Path of the store [default: $XDG_DATA_HOME/kabinet/kabinet.db]')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the passphrase from the first line of this file')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Who is unlocking the store [default: its only user, else the one named as the OS user]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of lists and `show` (`ics`: `deadlines` only)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Interface language [default: KABINET_LANG, else ru when LANG/LC_ALL starts with ru, else en]')
            [CompletionResult]::new('--holidays', '--holidays', [CompletionResultType]::ParameterName, 'A file of extra or overriding days off and working days (format: see `kabinet calendar --help`)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmation prompts (required to delete when not on a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmation prompts (required to delete when not on a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only what was asked for: no confirmations, no warnings')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only what was asked for: no confirmations, no warnings')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colours (also when NO_COLOR is set)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'File an application and print its ID (Z-1, Z-2…)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List applications, latest submission first')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one application with its changes of status and the documents it relies on')
            [CompletionResult]::new('edit', 'edit', [CompletionResultType]::ParameterValue, 'Change an application''s details while no decision is made')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Move an application to a new status (only the allowed transitions; dated and kept)')
            [CompletionResult]::new('cancel', 'cancel', [CompletionResultType]::ParameterValue, 'Cancel an open application')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete an application and its history')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'kabinet;application;add' {
            [CompletionResult]::new('--applicant', '--applicant', [CompletionResultType]::ParameterName, 'Who the application is for: full name (ФИО) [required]')
            [CompletionResult]::new('--snils', '--snils', [CompletionResultType]::ParameterName, 'СНИЛС of the applicant')
            [CompletionResult]::new('--agency', '--agency', [CompletionResultType]::ParameterName, 'The agency it is filed with: МФЦ, ФНС, ПФР, ГИБДД… [required]')
            [CompletionResult]::new('--service', '--service', [CompletionResultType]::ParameterName, 'The service applied for [required]')
            [CompletionResult]::new('--number', '--number', [CompletionResultType]::ParameterName, 'The agency''s number for it')
            [CompletionResult]::new('--submitted', '--submitted', [CompletionResultType]::ParameterName, 'Day it was submitted, never in the future [required]')
            [CompletionResult]::new('--due', '--due', [CompletionResultType]::ParameterName, 'The agency''s term: a date, or +N (+Nwd, +Nрд) working days after --submitted')
            [CompletionResult]::new('--fee', '--fee', [CompletionResultType]::ParameterName, 'The fee, with a dot: 3500.00')
            [CompletionResult]::new('--fee-status', '--fee-status', [CompletionResultType]::ParameterName, 'Whether the fee is paid: paid, pending, refused (or выполнен, в ожидании, отклонён)')
            [CompletionResult]::new('--needs', '--needs', [CompletionResultType]::ParameterName, 'IDs of the documents it relies on: D-1,D-2')
            [CompletionResult]::new('--notes', '--notes', [CompletionResultType]::ParameterName, 'Notes')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Path of the store [default: $XDG_DATA_HOME/kabinet/kabinet.db]')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the passphrase from the first line of this file')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Who is unlocking the store [default: its only user, else the one named as the OS user]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of lists and `show` (`ics`: `deadlines` only)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Interface language [default: KABINET_LANG, else ru when LANG/LC_ALL starts with ru, else en]')
            [CompletionResult]::new('--holidays', '--holidays', [CompletionResultType]::ParameterName, 'A file of extra or overriding days off and working days (format: see `kabinet calendar --help`)')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'File it even if the same agency and number (or applicant, agency, service and day) exist')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmation prompts (required to delete when not on a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmation prompts (required to delete when not on a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only what was asked for: no confirmations, no warnings')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only what was asked for: no confirmations, no warnings')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colours (also when NO_COLOR is set)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'kabinet;zayav;add' {
            [CompletionResult]::new('--applicant', '--applicant', [CompletionResultType]::ParameterName, 'Who the application is for: full name (ФИО) [required]')
            [CompletionResult]::new('--snils', '--snils', [CompletionResultType]::ParameterName, 'СНИЛС of the applicant')
            [CompletionResult]::new('--agency', '--agency', [CompletionResultType]::ParameterName, 'The agency it is filed with: МФЦ, ФНС, ПФР, ГИБДД… [required]')
            [CompletionResult]::new('--service', '--service', [CompletionResultType]::ParameterName, 'The service applied for [required]')
            [CompletionResult]::new('--number', '--number', [CompletionResultType]::ParameterName, 'The agency''s number for it')
            [CompletionResult]::new('--submitted', '--submitted', [CompletionResultType]::ParameterName, 'Day it was submitted, never in the future [required]')
            [CompletionResult]::new('--due', '--due', [CompletionResultType]::ParameterName, 'The agency''s term: a date, or +N (+Nwd, +Nрд) working days after --submitted')
            [CompletionResult]::new('--fee', '--fee', [CompletionResultType]::ParameterName, 'The fee, with a dot: 3500.00')
            [CompletionResult]::new('--fee-status', '--fee-status', [CompletionResultType]::ParameterName, 'Whether the fee is paid: paid, pending, refused (or выполнен, в ожидании, отклонён)')
            [CompletionResult]::new('--needs', '--needs', [CompletionResultType]::ParameterName, 'IDs of the documents it relies on: D-1,D-2')
            [CompletionResult]::new('--notes', '--notes', [CompletionResultType]::ParameterName, 'Notes')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Path of the store [default: $XDG_DATA_HOME/kabinet/kabinet.db]')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the passphrase from the first line of this file')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Who is unlocking the store [default: its only user, else the one named as the OS user]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of lists and `show` (`ics`: `deadlines` only)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Interface language [default: KABINET_LANG, else ru when LANG/LC_ALL starts with ru, else en]')
            [CompletionResult]::new('--holidays', '--holidays', [CompletionResultType]::ParameterName, 'A file of extra or overriding days off and working days (format: see `kabinet calendar --help`)')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'File it even if the same agency and number (or applicant, agency, service and day) exist')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmation prompts (required to delete when not on a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmation prompts (required to delete when not on a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only what was asked for: no confirmations, no warnings')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only what was asked for: no confirmations, no warnings')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colours (also when NO_COLOR is set)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'kabinet;application;list' {
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'Submitted on or after this day')
            [CompletionResult]::new('--to', '--to', [CompletionResultType]::ParameterName, 'Submitted on or before this day')
            [CompletionResult]::new('--status', '--status', [CompletionResultType]::ParameterName, 'Only this status: accepted, processing, approved, rejected, cancelled, expired')
            [CompletionResult]::new('--text', '--text', [CompletionResultType]::ParameterName, 'Text anywhere in the application (case-insensitive)')
            [CompletionResult]::new('--agency', '--agency', [CompletionResultType]::ParameterName, 'Part of the agency''s name')
            [CompletionResult]::new('--applicant', '--applicant', [CompletionResultType]::ParameterName, 'Part of the applicant''s name')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Path of the store [default: $XDG_DATA_HOME/kabinet/kabinet.db]')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the passphrase from the first line of this file')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Who is unlocking the store [default: its only user, else the one named as the OS user]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of lists and `show` (`ics`: `deadlines` only)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Interface language [default: KABINET_LANG, else ru when LANG/LC_ALL starts with ru, else en]')
            [CompletionResult]::new('--holidays', '--holidays', [CompletionResultType]::ParameterName, 'A file of extra or overriding days off and working days (format: see `kabinet calendar --help`)')
            [CompletionResult]::new('--overdue', '--overdue', [CompletionResultType]::ParameterName, 'Only open ones past their term')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmation prompts (required to delete when not on a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmation prompts (required to delete when not on a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only what was asked for: no confirmations, no warnings')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only what was asked for: no confirmations, no warnings')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colours (also when NO_COLOR is set)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'kabinet;zayav;list' {
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'Submitted on or after this day')
            [CompletionResult]::new('--to', '--to', [CompletionResultType]::ParameterName, 'Submitted on or before this day')
            [CompletionResult]::new('--status', '--status', [CompletionResultType]::ParameterName, 'Only this status: accepted, processing, approved, rejected, cancelled, expired')
            [CompletionResult]::new('--text', '--text', [CompletionResultType]::ParameterName, 'Text anywhere in the application (case-insensitive)')
            [CompletionResult]::new('--agency', '--agency', [CompletionResultType]::ParameterName, 'Part of the agency''s name')
            [CompletionResult]::new('--applicant', '--applicant', [CompletionResultType]::ParameterName, 'Part of the applicant''s name')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Path of the store [default: $XDG_DATA_HOME/kabinet/kabinet.db]')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the passphrase from the first line of this file')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Who is unlocking the store [default: its only user, else the one named as the OS user]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of lists and `show` (`ics`: `deadlines` only)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Interface language [default: KABINET_LANG, else ru when LANG/LC_ALL starts with ru, else en]')
            [CompletionResult]::new('--holidays', '--holidays', [CompletionResultType]::ParameterName, 'A file of extra or overriding days off and working days (format: see `kabinet calendar --help`)')
            [CompletionResult]::new('--overdue', '--overdue', [CompletionResultType]::ParameterName, 'Only open ones past their term')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmation prompts (required to delete when not on a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmation prompts (required to delete when not on a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only what was asked for: no confirmations, no warnings')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only what was asked for: no confirmations, no warnings')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colours (also when NO_COLOR is set)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'kabinet;application;show' {
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Path of the store [default: $XDG_DATA_HOME/kabinet/kabinet.db]')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the passphrase from the first line of this file')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Who is unlocking the store [default: its only user, else the one named as the OS user]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of lists and `show` (`ics`: `deadlines` only)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Interface language [default: KABINET_LANG, else ru when LANG/LC_ALL starts with ru, else en]')
            [CompletionResult]::new('--holidays', '--holidays', [CompletionResultType]::ParameterName, 'A file of extra or overriding days off and working days (format: see `kabinet calendar --help`)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmation prompts (required to delete when not on a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmation prompts (required to delete when not on a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only what was asked for: no confirmations, no warnings')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only what was asked for: no confirmations, no warnings')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colours (also when NO_COLOR is set)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'kabinet;zayav;show' {
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Path of the store [default: $XDG_DATA_HOME/kabinet/kabinet.db]')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the passphrase from the first line of this file')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Who is unlocking the store [default: its only user, else the one named as the OS user]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of lists and `show` (`ics`: `deadlines` only)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Interface language [default: KABINET_LANG, else ru when LANG/LC_ALL starts with ru, else en]')
            [CompletionResult]::new('--holidays', '--holidays', [CompletionResultType]::ParameterName, 'A file of extra or overriding days off and working days (format: see `kabinet calendar --help`)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmation prompts (required to delete when not on a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmation prompts (required to delete when not on a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only what was asked for: no confirmations, no warnings')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only what was asked for: no confirmations, no warnings')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colours (also when NO_COLOR is set)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'kabinet;application;edit' {
            [CompletionResult]::new('--applicant', '--applicant', [CompletionResultType]::ParameterName, 'Who the application is for: full name (ФИО) [required]')
            [CompletionResult]::new('--snils', '--snils', [CompletionResultType]::ParameterName, 'СНИЛС of the applicant')
            [CompletionResult]::new('--agency', '--agency', [CompletionResultType]::ParameterName, 'The agency it is filed with: МФЦ, ФНС, ПФР, ГИБДД… [required]')
            [CompletionResult]::new('--service', '--service', [CompletionResultType]::ParameterName, 'The service applied for [required]')
            [CompletionResult]::new('--number', '--number', [CompletionResultType]::ParameterName, 'The agency''s number for it')
            [CompletionResult]::new('--submitted', '--submitted', [CompletionResultType]::ParameterName, 'Day it was submitted, never in the future [required]')
            [CompletionResult]::new('--due', '--due', [CompletionResultType]::ParameterName, 'The agency''s term: a date, or +N (+Nwd, +Nрд) working days after --submitted')
            [CompletionResult]::new('--fee', '--fee', [CompletionResultType]::ParameterName, 'The fee, with a dot: 3500.00')
            [CompletionResult]::new('--fee-status', '--fee-status', [CompletionResultType]::ParameterName, 'Whether the fee is paid: paid, pending, refused (or выполнен, в ожидании, отклонён)')
            [CompletionResult]::new('--needs', '--needs', [CompletionResultType]::ParameterName, 'IDs of the documents it relies on: D-1,D-2')
            [CompletionResult]::new('--notes', '--notes', [CompletionResultType]::ParameterName, 'Notes')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Path of the store [default: $XDG_DATA_HOME/kabinet/kabinet.db]')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the passphrase from the first line of this file')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Who is unlocking the store [default: its only user, else the one named as the OS user]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of lists and `show` (`ics`: `deadlines` only)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Interface language [default: KABINET_LANG, else ru when LANG/LC_ALL starts with ru, else en]')
            [CompletionResult]::new('--holidays', '--holidays', [CompletionResultType]::ParameterName, 'A file of extra or overriding days off and working days (format: see `kabinet calendar --help`)')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Save even if the change duplicates another application')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmation prompts (required to delete when not on a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmation prompts (required to delete when not on a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only what was asked for: no confirmations, no warnings')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only what was asked for: no confirmations, no warnings')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colours (also when NO_COLOR is set)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'kabinet;zayav;edit' {
            [CompletionResult]::new('--applicant', '--applicant', [CompletionResultType]::ParameterName, 'Who the application is for: full name (ФИО) [required]')
            [CompletionResult]::new('--snils', '--snils', [CompletionResultType]::ParameterName, 'СНИЛС of the applicant')
            [CompletionResult]::new('--agency', '--agency', [CompletionResultType]::ParameterName, 'The agency it is filed with: МФЦ, ФНС, ПФР, ГИБДД… [required]')
            [CompletionResult]::new('--service', '--service', [CompletionResultType]::ParameterName, 'The service applied for [required]')
            [CompletionResult]::new('--number', '--number', [CompletionResultType]::ParameterName, 'The agency''s number for it')
            [CompletionResult]::new('--submitted', '--submitted', [CompletionResultType]::ParameterName, 'Day it was submitted, never in the future [required]')
            [CompletionResult]::new('--due', '--due', [CompletionResultType]::ParameterName, 'The agency''s term: a date, or +N (+Nwd, +Nрд) working days after --submitted')
            [CompletionResult]::new('--fee', '--fee', [CompletionResultType]::ParameterName, 'The fee, with a dot: 3500.00')
            [CompletionResult]::new('--fee-status', '--fee-status', [CompletionResultType]::ParameterName, 'Whether the fee is paid: paid, pending, refused (or выполнен, в ожидании, отклонён)')
            [CompletionResult]::new('--needs', '--needs', [CompletionResultType]::ParameterName, 'IDs of the documents it relies on: D-1,D-2')
            [CompletionResult]::new('--notes', '--notes', [CompletionResultType]::ParameterName, 'Notes')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Path of the store [default: $XDG_DATA_HOME/kabinet/kabinet.db]')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the passphrase from the first line of this file')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Who is unlocking the store [default: its only user, else the one named as the OS user]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of lists and `show` (`ics`: `deadlines` only)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Interface language [default: KABINET_LANG, else ru when LANG/LC_ALL starts with ru, else en]')
            [CompletionResult]::new('--holidays', '--holidays', [CompletionResultType]::ParameterName, 'A file of extra or overriding days off and working days (format: see `kabinet calendar --help`)')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Save even if the change duplicates another application')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmation prompts (required to delete when not on a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmation prompts (required to delete when not on a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only what was asked for: no confirmations, no warnings')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only what was asked for: no confirmations, no warnings')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colours (also when NO_COLOR is set)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'kabinet;application;status' {
            [CompletionResult]::new('--reason', '--reason', [CompletionResultType]::ParameterName, 'Why (a refusal, a cancel)')
            [CompletionResult]::new('--issues-doc', '--issues-doc', [CompletionResultType]::ParameterName, 'On approval, the resulting document: a kind to add one (паспорт, загранпаспорт, license…) or the ID of one in the registry (D-12)')
            [CompletionResult]::new('--series', '--series', [CompletionResultType]::ParameterName, 'The new document''s series')
            [CompletionResult]::new('--number', '--number', [CompletionResultType]::ParameterName, 'The new document''s number')
            [CompletionResult]::new('--issued', '--issued', [CompletionResultType]::ParameterName, 'The new document''s day of issue [default: today]')
            [CompletionResult]::new('--issued-by', '--issued-by', [CompletionResultType]::ParameterName, 'The new document''s issuing body [default: the agency]')
            [CompletionResult]::new('--department-code', '--department-code', [CompletionResultType]::ParameterName, 'The new document''s department code, NNN-NNN')
            [CompletionResult]::new('--expires', '--expires', [CompletionResultType]::ParameterName, 'The new document''s last day of validity; none means indefinite')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Path of the store [default: $XDG_DATA_HOME/kabinet/kabinet.db]')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the passphrase from the first line of this file')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Who is unlocking the store [default: its only user, else the one named as the OS user]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of lists and `show` (`ics`: `deadlines` only)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Interface language [default: KABINET_LANG, else ru when LANG/LC_ALL starts with ru, else en]')
            [CompletionResult]::new('--holidays', '--holidays', [CompletionResultType]::ParameterName, 'A file of extra or overriding days off and working days (format: see `kabinet calendar --help`)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmation prompts (required to delete when not on a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmation prompts (required to delete when not on a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only what was asked for: no confirmations, no warnings')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only what was asked for: no confirmations, no warnings')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colours (also when NO_COLOR is set)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'kabinet;zayav;status' {
            [CompletionResult]::new('--reason', '--reason', [CompletionResultType]::ParameterName, 'Why (a refusal, a cancel)')
            [CompletionResult]::new('--issues-doc', '--issues-doc', [CompletionResultType]::ParameterName, 'On approval, the resulting document: a kind to add one (паспорт, загранпаспорт, license…) or the ID of one in the registry (D-12)')
            [CompletionResult]::new('--series', '--series', [CompletionResultType]::ParameterName, 'The new document''s series')
            [CompletionResult]::new('--number', '--number', [CompletionResultType]::ParameterName, 'The new document''s number')
            [CompletionResult]::new('--issued', '--issued', [CompletionResultType]::ParameterName, 'The new document''s day of issue [default: today]')
            [CompletionResult]::new('--issued-by', '--issued-by', [CompletionResultType]::ParameterName, 'The new document''s issuing body [default: the agency]')
            [CompletionResult]::new('--department-code', '--department-code', [CompletionResultType]::ParameterName, 'The new document''s department code, NNN-NNN')
            [CompletionResult]::new('--expires', '--expires', [CompletionResultType]::ParameterName, 'The new document''s last day of validity; none means indefinite')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Path of the store [default: $XDG_DATA_HOME/kabinet/kabinet.db]')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the passphrase from the first line of this file')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Who is unlocking the store [default: its only user, else the one named as the OS user]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of lists and `show` (`ics`: `deadlines` only)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Interface language [default: KABINET_LANG, else ru when LANG/LC_ALL starts with ru, else en]')
            [CompletionResult]::new('--holidays', '--holidays', [CompletionResultType]::ParameterName, 'A file of extra or overriding days off and working days (format: see `kabinet calendar --help`)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmation prompts (required to delete when not on a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmation prompts (required to delete when not on a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only what was asked for: no confirmations, no warnings')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only what was asked for: no confirmations, no warnings')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colours (also when NO_COLOR is set)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'kabinet;application;cancel' {
            [CompletionResult]::new('--reason', '--reason', [CompletionResultType]::ParameterName, 'Why')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Path of the store [default: $XDG_DATA_HOME/kabinet/kabinet.db]')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the passphrase from the first line of this file')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Who is unlocking the store [default: its only user, else the one named as the OS user]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of lists and `show` (`ics`: `deadlines` only)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Interface language [default: KABINET_LANG, else ru when LANG/LC_ALL starts with ru, else en]')
            [CompletionResult]::new('--holidays', '--holidays', [CompletionResultType]::ParameterName, 'A file of extra or overriding days off and working days (format: see `kabinet calendar --help`)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmation prompts (required to delete when not on a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmation prompts (required to delete when not on a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only what was asked for: no confirmations, no warnings')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only what was asked for: no confirmations, no warnings')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colours (also when NO_COLOR is set)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'kabinet;zayav;cancel' {
            [CompletionResult]::new('--reason', '--reason', [CompletionResultType]::ParameterName, 'Why')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Path of the store [default: $XDG_DATA_HOME/kabinet/kabinet.db]')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the passphrase from the first line of this file')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Who is unlocking the store [default: its only user, else the one named as the OS user]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of lists and `show` (`ics`: `deadlines` only)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Interface language [default: KABINET_LANG, else ru when LANG/LC_ALL starts with ru, else en]')
            [CompletionResult]::new('--holidays', '--holidays', [CompletionResultType]::ParameterName, 'A file of extra or overriding days off and working days (format: see `kabinet calendar --help`)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmation prompts (required to delete when not on a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmation prompts (required to delete when not on a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only what was asked for: no confirmations, no warnings')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only what was asked for: no confirmations, no warnings')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colours (also when NO_COLOR is set)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'kabinet;application;delete' {
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Path of the store [default: $XDG_DATA_HOME/kabinet/kabinet.db]')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the passphrase from the first line of this file')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Who is unlocking the store [default: its only user, else the one named as the OS user]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of lists and `show` (`ics`: `deadlines` only)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Interface language [default: KABINET_LANG, else ru when LANG/LC_ALL starts with ru, else en]')
            [CompletionResult]::new('--holidays', '--holidays', [CompletionResultType]::ParameterName, 'A file of extra or overriding days off and working days (format: see `kabinet calendar --help`)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmation prompts (required to delete when not on a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmation prompts (required to delete when not on a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only what was asked for: no confirmations, no warnings')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only what was asked for: no confirmations, no warnings')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colours (also when NO_COLOR is set)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'kabinet;zayav;delete' {
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Path of the store [default: $XDG_DATA_HOME/kabinet/kabinet.db]')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the passphrase from the first line of this file')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Who is unlocking the store [default: its only user, else the one named as the OS user]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of lists and `show` (`ics`: `deadlines` only)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Interface language [default: KABINET_LANG, else ru when LANG/LC_ALL starts with ru, else en]')
            [CompletionResult]::new('--holidays', '--holidays', [CompletionResultType]::ParameterName, 'A file of extra or overriding days off and working days (format: see `kabinet calendar --help`)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmation prompts (required to delete when not on a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmation prompts (required to delete when not on a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only what was asked for: no confirmations, no warnings')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only what was asked for: no confirmations, no warnings')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colours (also when NO_COLOR is set)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'kabinet;application;help' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'File an application and print its ID (Z-1, Z-2…)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List applications, latest submission first')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one application with its changes of status and the documents it relies on')
            [CompletionResult]::new('edit', 'edit', [CompletionResultType]::ParameterValue, 'Change an application''s details while no decision is made')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Move an application to a new status (only the allowed transitions; dated and kept)')
            [CompletionResult]::new('cancel', 'cancel', [CompletionResultType]::ParameterValue, 'Cancel an open application')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete an application and its history')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'kabinet;application;help;add' {
            break
        }
        'kabinet;application;help;list' {
            break
        }
        'kabinet;application;help;show' {
            break
        }
        'kabinet;application;help;edit' {
            break
        }
        'kabinet;application;help;status' {
            break
        }
        'kabinet;application;help;cancel' {
            break
        }
        'kabinet;application;help;delete' {
            break
        }
        'kabinet;application;help;help' {
            break
        }
        'kabinet;zayav;help' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'File an application and print its ID (Z-1, Z-2…)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List applications, latest submission first')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one application with its changes of status and the documents it relies on')
            [CompletionResult]::new('edit', 'edit', [CompletionResultType]::ParameterValue, 'Change an application''s details while no decision is made')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Move an application to a new status (only the allowed transitions; dated and kept)')
            [CompletionResult]::new('cancel', 'cancel', [CompletionResultType]::ParameterValue, 'Cancel an open application')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete an application and its history')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'kabinet;zayav;help;add' {
            break
        }
        'kabinet;zayav;help;list' {
            break
        }
        'kabinet;zayav;help;show' {
            break
        }
        'kabinet;zayav;help;edit' {
            break
        }
        'kabinet;zayav;help;status' {
            break
        }
        'kabinet;zayav;help;cancel' {
            break
        }
        'kabinet;zayav;help;delete' {
            break
        }
        'kabinet;zayav;help;help' {
            break
        }
        'kabinet;deadlines' {
            [CompletionResult]::new('--within', '--within', [CompletionResultType]::ParameterName, 'How far ahead: 14d, 2w, or 3wd for working days')
            [CompletionResult]::new('--kind', '--kind', [CompletionResultType]::ParameterName, 'Only this kind: doc, appt, record, obligation, application')
            [CompletionResult]::new('--subject', '--subject', [CompletionResultType]::ParameterName, 'Only items about this person (subject, holder, person; case-insensitive)')
            [CompletionResult]::new('--holder', '--holder', [CompletionResultType]::ParameterName, 'Only items about this person (subject, holder, person; case-insensitive)')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Path of the store [default: $XDG_DATA_HOME/kabinet/kabinet.db]')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the passphrase from the first line of this file')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Who is unlocking the store [default: its only user, else the one named as the OS user]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of lists and `show` (`ics`: `deadlines` only)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Interface language [default: KABINET_LANG, else ru when LANG/LC_ALL starts with ru, else en]')
            [CompletionResult]::new('--holidays', '--holidays', [CompletionResultType]::ParameterName, 'A file of extra or overriding days off and working days (format: see `kabinet calendar --help`)')
            [CompletionResult]::new('--overdue', '--overdue', [CompletionResultType]::ParameterName, 'Only what is overdue')
            [CompletionResult]::new('--check', '--check', [CompletionResultType]::ParameterName, 'Monitoring-plugin mode: a status line, details, exit 0/1/2/3')
            [CompletionResult]::new('--reminders', '--reminders', [CompletionResultType]::ParameterName, 'Also each item''s latest reminder sent by `kabinet notify` (occasion, status, when)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmation prompts (required to delete when not on a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmation prompts (required to delete when not on a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only what was asked for: no confirmations, no warnings')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only what was asked for: no confirmations, no warnings')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colours (also when NO_COLOR is set)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'kabinet;calendar' {
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Path of the store [default: $XDG_DATA_HOME/kabinet/kabinet.db]')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the passphrase from the first line of this file')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Who is unlocking the store [default: its only user, else the one named as the OS user]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of lists and `show` (`ics`: `deadlines` only)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Interface language [default: KABINET_LANG, else ru when LANG/LC_ALL starts with ru, else en]')
            [CompletionResult]::new('--holidays', '--holidays', [CompletionResultType]::ParameterName, 'A file of extra or overriding days off and working days (format: see `kabinet calendar --help`)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmation prompts (required to delete when not on a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmation prompts (required to delete when not on a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only what was asked for: no confirmations, no warnings')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only what was asked for: no confirmations, no warnings')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colours (also when NO_COLOR is set)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'kabinet;import' {
            [CompletionResult]::new('--kind', '--kind', [CompletionResultType]::ParameterName, 'What the file holds')
            [CompletionResult]::new('--encoding', '--encoding', [CompletionResultType]::ParameterName, 'Character encoding [default: UTF-8, or Windows-1251 when the file is not valid UTF-8]')
            [CompletionResult]::new('--delimiter', '--delimiter', [CompletionResultType]::ParameterName, 'Field delimiter: `,` `;` or `tab` [default: guessed from the header line]')
            [CompletionResult]::new('--map', '--map', [CompletionResultType]::ParameterName, 'Read column COLUMN as field FIELD, e.g. --map "Дата визита=event_date" (repeatable)')
            [CompletionResult]::new('--sheet', '--sheet', [CompletionResultType]::ParameterName, 'A workbook''s sheet to read [default: the one named for the kind, else the first with data]')
            [CompletionResult]::new('--reject-file', '--reject-file', [CompletionResultType]::ParameterName, 'With --skip-invalid: write the bad rows here, as read, with a `reason` column')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Path of the store [default: $XDG_DATA_HOME/kabinet/kabinet.db]')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the passphrase from the first line of this file')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Who is unlocking the store [default: its only user, else the one named as the OS user]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of lists and `show` (`ics`: `deadlines` only)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Interface language [default: KABINET_LANG, else ru when LANG/LC_ALL starts with ru, else en]')
            [CompletionResult]::new('--holidays', '--holidays', [CompletionResultType]::ParameterName, 'A file of extra or overriding days off and working days (format: see `kabinet calendar --help`)')
            [CompletionResult]::new('--ignore-unknown', '--ignore-unknown', [CompletionResultType]::ParameterName, 'Skip columns that match no field instead of refusing the file')
            [CompletionResult]::new('--decimal-comma', '--decimal-comma', [CompletionResultType]::ParameterName, 'Amounts are written with a decimal comma, as Russian Excel does (`1 074,50`); always so in a `;` file')
            [CompletionResult]::new('--skip-invalid', '--skip-invalid', [CompletionResultType]::ParameterName, 'Import the good rows and leave out the bad ones (exit 0)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Check everything, write nothing, and report what would be imported')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmation prompts (required to delete when not on a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmation prompts (required to delete when not on a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only what was asked for: no confirmations, no warnings')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only what was asked for: no confirmations, no warnings')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colours (also when NO_COLOR is set)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'kabinet;export' {
            [CompletionResult]::new('--kind', '--kind', [CompletionResultType]::ParameterName, 'What to export (`deadlines`: what `kabinet deadlines` shows)')
            [CompletionResult]::new('--receipt', '--receipt', [CompletionResultType]::ParameterName, 'PDF: a one-page receipt for this record, appointment or application (R-…, A-…, Z-…)')
            [CompletionResult]::new('--within', '--within', [CompletionResultType]::ParameterName, 'Deadlines: how far ahead, as for `kabinet deadlines` [default: 14d]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Write to this file instead of standard output (created with owner-only permissions)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Write to this file instead of standard output (created with owner-only permissions)')
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'On or after this day (records: the event''s day; appointments: the start''s; applications: the submission''s)')
            [CompletionResult]::new('--to', '--to', [CompletionResultType]::ParameterName, 'On or before this day (records: the event''s day; appointments: the start''s; applications: the submission''s)')
            [CompletionResult]::new('--status', '--status', [CompletionResultType]::ParameterName, 'Only this status (records: ok, late, amended; documents: valid, expiring, expired, indefinite, archived; appointments: scheduled, done, no_show, cancelled; applications: accepted, processing, approved, rejected, cancelled, expired)')
            [CompletionResult]::new('--text', '--text', [CompletionResultType]::ParameterName, 'Text anywhere in the item (case-insensitive)')
            [CompletionResult]::new('--type', '--type', [CompletionResultType]::ParameterName, 'Records: only this type (case-insensitive)')
            [CompletionResult]::new('--subject', '--subject', [CompletionResultType]::ParameterName, 'Records: subject ID or part of the subject''s name')
            [CompletionResult]::new('--doc-kind', '--doc-kind', [CompletionResultType]::ParameterName, 'Documents: only this kind of document')
            [CompletionResult]::new('--holder', '--holder', [CompletionResultType]::ParameterName, 'Documents: part of the holder''s name')
            [CompletionResult]::new('--person', '--person', [CompletionResultType]::ParameterName, 'Appointments: part of the person''s name')
            [CompletionResult]::new('--institution', '--institution', [CompletionResultType]::ParameterName, 'Appointments: part of the institution''s name')
            [CompletionResult]::new('--agency', '--agency', [CompletionResultType]::ParameterName, 'Applications: part of the agency''s name')
            [CompletionResult]::new('--applicant', '--applicant', [CompletionResultType]::ParameterName, 'Applications: part of the applicant''s name')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Path of the store [default: $XDG_DATA_HOME/kabinet/kabinet.db]')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the passphrase from the first line of this file')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Who is unlocking the store [default: its only user, else the one named as the OS user]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of lists and `show` (`ics`: `deadlines` only)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Interface language [default: KABINET_LANG, else ru when LANG/LC_ALL starts with ru, else en]')
            [CompletionResult]::new('--holidays', '--holidays', [CompletionResultType]::ParameterName, 'A file of extra or overriding days off and working days (format: see `kabinet calendar --help`)')
            [CompletionResult]::new('--sign', '--sign', [CompletionResultType]::ParameterName, 'Also write FILE.sig, a minisign signature by the store''s key (needs -o)')
            [CompletionResult]::new('--excel', '--excel', [CompletionResultType]::ParameterName, 'For Excel with Russian settings: a byte-order mark, `;` between fields, decimal commas, and no cell that a spreadsheet would run as a formula')
            [CompletionResult]::new('--upcoming', '--upcoming', [CompletionResultType]::ParameterName, 'Appointments: only scheduled ones from now on')
            [CompletionResult]::new('--overdue', '--overdue', [CompletionResultType]::ParameterName, 'Applications: only open ones past their term')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Records: include those superseded by an amendment; documents: include archived ones')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmation prompts (required to delete when not on a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmation prompts (required to delete when not on a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only what was asked for: no confirmations, no warnings')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only what was asked for: no confirmations, no warnings')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colours (also when NO_COLOR is set)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'kabinet;verify-file' {
            [CompletionResult]::new('--sig', '--sig', [CompletionResultType]::ParameterName, 'Its signature [default: FILE.sig]')
            [CompletionResult]::new('--key', '--key', [CompletionResultType]::ParameterName, 'A minisign public key file (from `kabinet key public`) or the `RW…` line itself; without it, the store''s own key is used')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Path of the store [default: $XDG_DATA_HOME/kabinet/kabinet.db]')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the passphrase from the first line of this file')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Who is unlocking the store [default: its only user, else the one named as the OS user]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of lists and `show` (`ics`: `deadlines` only)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Interface language [default: KABINET_LANG, else ru when LANG/LC_ALL starts with ru, else en]')
            [CompletionResult]::new('--holidays', '--holidays', [CompletionResultType]::ParameterName, 'A file of extra or overriding days off and working days (format: see `kabinet calendar --help`)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmation prompts (required to delete when not on a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmation prompts (required to delete when not on a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only what was asked for: no confirmations, no warnings')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only what was asked for: no confirmations, no warnings')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colours (also when NO_COLOR is set)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'kabinet;verify' {
            [CompletionResult]::new('--head', '--head', [CompletionResultType]::ParameterName, 'Also check against this head of the audit trail (SEQ:HASH, as a receipt, a signed export or an earlier verify printed it)')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Path of the store [default: $XDG_DATA_HOME/kabinet/kabinet.db]')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the passphrase from the first line of this file')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Who is unlocking the store [default: its only user, else the one named as the OS user]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of lists and `show` (`ics`: `deadlines` only)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Interface language [default: KABINET_LANG, else ru when LANG/LC_ALL starts with ru, else en]')
            [CompletionResult]::new('--holidays', '--holidays', [CompletionResultType]::ParameterName, 'A file of extra or overriding days off and working days (format: see `kabinet calendar --help`)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmation prompts (required to delete when not on a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmation prompts (required to delete when not on a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only what was asked for: no confirmations, no warnings')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only what was asked for: no confirmations, no warnings')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colours (also when NO_COLOR is set)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'kabinet;log' {
            [CompletionResult]::new('--since', '--since', [CompletionResultType]::ParameterName, 'Only changes on or after this day')
            [CompletionResult]::new('--item', '--item', [CompletionResultType]::ParameterName, 'Only changes to this item (R-42, D-7, A-3, O-1)')
            [CompletionResult]::new('--by', '--by', [CompletionResultType]::ParameterName, 'Only changes made by this user of the store (`--user` is who unlocks it)')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Path of the store [default: $XDG_DATA_HOME/kabinet/kabinet.db]')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the passphrase from the first line of this file')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Who is unlocking the store [default: its only user, else the one named as the OS user]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of lists and `show` (`ics`: `deadlines` only)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Interface language [default: KABINET_LANG, else ru when LANG/LC_ALL starts with ru, else en]')
            [CompletionResult]::new('--holidays', '--holidays', [CompletionResultType]::ParameterName, 'A file of extra or overriding days off and working days (format: see `kabinet calendar --help`)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmation prompts (required to delete when not on a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmation prompts (required to delete when not on a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only what was asked for: no confirmations, no warnings')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only what was asked for: no confirmations, no warnings')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colours (also when NO_COLOR is set)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'kabinet;history' {
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Path of the store [default: $XDG_DATA_HOME/kabinet/kabinet.db]')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the passphrase from the first line of this file')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Who is unlocking the store [default: its only user, else the one named as the OS user]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of lists and `show` (`ics`: `deadlines` only)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Interface language [default: KABINET_LANG, else ru when LANG/LC_ALL starts with ru, else en]')
            [CompletionResult]::new('--holidays', '--holidays', [CompletionResultType]::ParameterName, 'A file of extra or overriding days off and working days (format: see `kabinet calendar --help`)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmation prompts (required to delete when not on a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmation prompts (required to delete when not on a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only what was asked for: no confirmations, no warnings')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only what was asked for: no confirmations, no warnings')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colours (also when NO_COLOR is set)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'kabinet;revert' {
            [CompletionResult]::new('--to', '--to', [CompletionResultType]::ParameterName, 'The version to restore, as numbered by `kabinet history`')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Path of the store [default: $XDG_DATA_HOME/kabinet/kabinet.db]')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the passphrase from the first line of this file')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Who is unlocking the store [default: its only user, else the one named as the OS user]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of lists and `show` (`ics`: `deadlines` only)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Interface language [default: KABINET_LANG, else ru when LANG/LC_ALL starts with ru, else en]')
            [CompletionResult]::new('--holidays', '--holidays', [CompletionResultType]::ParameterName, 'A file of extra or overriding days off and working days (format: see `kabinet calendar --help`)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmation prompts (required to delete when not on a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmation prompts (required to delete when not on a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only what was asked for: no confirmations, no warnings')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only what was asked for: no confirmations, no warnings')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colours (also when NO_COLOR is set)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'kabinet;attach' {
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Path of the store [default: $XDG_DATA_HOME/kabinet/kabinet.db]')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the passphrase from the first line of this file')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Who is unlocking the store [default: its only user, else the one named as the OS user]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of lists and `show` (`ics`: `deadlines` only)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Interface language [default: KABINET_LANG, else ru when LANG/LC_ALL starts with ru, else en]')
            [CompletionResult]::new('--holidays', '--holidays', [CompletionResultType]::ParameterName, 'A file of extra or overriding days off and working days (format: see `kabinet calendar --help`)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmation prompts (required to delete when not on a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmation prompts (required to delete when not on a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only what was asked for: no confirmations, no warnings')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only what was asked for: no confirmations, no warnings')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colours (also when NO_COLOR is set)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'kabinet;attachments' {
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Path of the store [default: $XDG_DATA_HOME/kabinet/kabinet.db]')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the passphrase from the first line of this file')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Who is unlocking the store [default: its only user, else the one named as the OS user]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of lists and `show` (`ics`: `deadlines` only)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Interface language [default: KABINET_LANG, else ru when LANG/LC_ALL starts with ru, else en]')
            [CompletionResult]::new('--holidays', '--holidays', [CompletionResultType]::ParameterName, 'A file of extra or overriding days off and working days (format: see `kabinet calendar --help`)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmation prompts (required to delete when not on a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmation prompts (required to delete when not on a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only what was asked for: no confirmations, no warnings')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only what was asked for: no confirmations, no warnings')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colours (also when NO_COLOR is set)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'kabinet;extract' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Where to write it (created with owner-only permissions); standard output if omitted')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Where to write it (created with owner-only permissions); standard output if omitted')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Path of the store [default: $XDG_DATA_HOME/kabinet/kabinet.db]')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the passphrase from the first line of this file')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Who is unlocking the store [default: its only user, else the one named as the OS user]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of lists and `show` (`ics`: `deadlines` only)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Interface language [default: KABINET_LANG, else ru when LANG/LC_ALL starts with ru, else en]')
            [CompletionResult]::new('--holidays', '--holidays', [CompletionResultType]::ParameterName, 'A file of extra or overriding days off and working days (format: see `kabinet calendar --help`)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmation prompts (required to delete when not on a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmation prompts (required to delete when not on a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only what was asked for: no confirmations, no warnings')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only what was asked for: no confirmations, no warnings')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colours (also when NO_COLOR is set)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'kabinet;detach' {
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Path of the store [default: $XDG_DATA_HOME/kabinet/kabinet.db]')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the passphrase from the first line of this file')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Who is unlocking the store [default: its only user, else the one named as the OS user]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of lists and `show` (`ics`: `deadlines` only)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Interface language [default: KABINET_LANG, else ru when LANG/LC_ALL starts with ru, else en]')
            [CompletionResult]::new('--holidays', '--holidays', [CompletionResultType]::ParameterName, 'A file of extra or overriding days off and working days (format: see `kabinet calendar --help`)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmation prompts (required to delete when not on a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmation prompts (required to delete when not on a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only what was asked for: no confirmations, no warnings')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only what was asked for: no confirmations, no warnings')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colours (also when NO_COLOR is set)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'kabinet;backup' {
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Path of the store [default: $XDG_DATA_HOME/kabinet/kabinet.db]')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the passphrase from the first line of this file')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Who is unlocking the store [default: its only user, else the one named as the OS user]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of lists and `show` (`ics`: `deadlines` only)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Interface language [default: KABINET_LANG, else ru when LANG/LC_ALL starts with ru, else en]')
            [CompletionResult]::new('--holidays', '--holidays', [CompletionResultType]::ParameterName, 'A file of extra or overriding days off and working days (format: see `kabinet calendar --help`)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmation prompts (required to delete when not on a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmation prompts (required to delete when not on a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only what was asked for: no confirmations, no warnings')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only what was asked for: no confirmations, no warnings')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colours (also when NO_COLOR is set)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'kabinet;restore' {
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Path of the store [default: $XDG_DATA_HOME/kabinet/kabinet.db]')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the passphrase from the first line of this file')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Who is unlocking the store [default: its only user, else the one named as the OS user]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of lists and `show` (`ics`: `deadlines` only)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Interface language [default: KABINET_LANG, else ru when LANG/LC_ALL starts with ru, else en]')
            [CompletionResult]::new('--holidays', '--holidays', [CompletionResultType]::ParameterName, 'A file of extra or overriding days off and working days (format: see `kabinet calendar --help`)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmation prompts (required to delete when not on a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmation prompts (required to delete when not on a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only what was asked for: no confirmations, no warnings')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only what was asked for: no confirmations, no warnings')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colours (also when NO_COLOR is set)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'kabinet;key' {
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Path of the store [default: $XDG_DATA_HOME/kabinet/kabinet.db]')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the passphrase from the first line of this file')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Who is unlocking the store [default: its only user, else the one named as the OS user]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of lists and `show` (`ics`: `deadlines` only)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Interface language [default: KABINET_LANG, else ru when LANG/LC_ALL starts with ru, else en]')
            [CompletionResult]::new('--holidays', '--holidays', [CompletionResultType]::ParameterName, 'A file of extra or overriding days off and working days (format: see `kabinet calendar --help`)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmation prompts (required to delete when not on a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmation prompts (required to delete when not on a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only what was asked for: no confirmations, no warnings')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only what was asked for: no confirmations, no warnings')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colours (also when NO_COLOR is set)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('public', 'public', [CompletionResultType]::ParameterValue, 'Print the store''s public key in minisign''s format (give it to whoever checks exports)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'kabinet;key;public' {
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Path of the store [default: $XDG_DATA_HOME/kabinet/kabinet.db]')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the passphrase from the first line of this file')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Who is unlocking the store [default: its only user, else the one named as the OS user]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of lists and `show` (`ics`: `deadlines` only)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Interface language [default: KABINET_LANG, else ru when LANG/LC_ALL starts with ru, else en]')
            [CompletionResult]::new('--holidays', '--holidays', [CompletionResultType]::ParameterName, 'A file of extra or overriding days off and working days (format: see `kabinet calendar --help`)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmation prompts (required to delete when not on a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmation prompts (required to delete when not on a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only what was asked for: no confirmations, no warnings')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only what was asked for: no confirmations, no warnings')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colours (also when NO_COLOR is set)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'kabinet;key;help' {
            [CompletionResult]::new('public', 'public', [CompletionResultType]::ParameterValue, 'Print the store''s public key in minisign''s format (give it to whoever checks exports)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'kabinet;key;help;public' {
            break
        }
        'kabinet;key;help;help' {
            break
        }
        'kabinet;validate' {
            [CompletionResult]::new('--file', '--file', [CompletionResultType]::ParameterName, 'Check a CSV file before importing it: the same check as `import --dry-run`')
            [CompletionResult]::new('--kind', '--kind', [CompletionResultType]::ParameterName, 'What the file holds (with --file)')
            [CompletionResult]::new('--encoding', '--encoding', [CompletionResultType]::ParameterName, 'Character encoding [default: UTF-8, or Windows-1251 when the file is not valid UTF-8]')
            [CompletionResult]::new('--delimiter', '--delimiter', [CompletionResultType]::ParameterName, 'Field delimiter: `,` `;` or `tab` [default: guessed from the header line]')
            [CompletionResult]::new('--map', '--map', [CompletionResultType]::ParameterName, 'Read column COLUMN as field FIELD, e.g. --map "Дата визита=event_date" (repeatable)')
            [CompletionResult]::new('--sheet', '--sheet', [CompletionResultType]::ParameterName, 'A workbook''s sheet to read [default: the one named for the kind, else the first with data]')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Path of the store [default: $XDG_DATA_HOME/kabinet/kabinet.db]')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the passphrase from the first line of this file')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Who is unlocking the store [default: its only user, else the one named as the OS user]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of lists and `show` (`ics`: `deadlines` only)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Interface language [default: KABINET_LANG, else ru when LANG/LC_ALL starts with ru, else en]')
            [CompletionResult]::new('--holidays', '--holidays', [CompletionResultType]::ParameterName, 'A file of extra or overriding days off and working days (format: see `kabinet calendar --help`)')
            [CompletionResult]::new('--ignore-unknown', '--ignore-unknown', [CompletionResultType]::ParameterName, 'Skip columns that match no field instead of refusing the file')
            [CompletionResult]::new('--decimal-comma', '--decimal-comma', [CompletionResultType]::ParameterName, 'Amounts are written with a decimal comma, as Russian Excel does (`1 074,50`); always so in a `;` file')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmation prompts (required to delete when not on a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmation prompts (required to delete when not on a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only what was asked for: no confirmations, no warnings')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only what was asked for: no confirmations, no warnings')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colours (also when NO_COLOR is set)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'kabinet;demo' {
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Path of the store [default: $XDG_DATA_HOME/kabinet/kabinet.db]')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the passphrase from the first line of this file')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Who is unlocking the store [default: its only user, else the one named as the OS user]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of lists and `show` (`ics`: `deadlines` only)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Interface language [default: KABINET_LANG, else ru when LANG/LC_ALL starts with ru, else en]')
            [CompletionResult]::new('--holidays', '--holidays', [CompletionResultType]::ParameterName, 'A file of extra or overriding days off and working days (format: see `kabinet calendar --help`)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmation prompts (required to delete when not on a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmation prompts (required to delete when not on a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only what was asked for: no confirmations, no warnings')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only what was asked for: no confirmations, no warnings')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colours (also when NO_COLOR is set)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'kabinet;help' {
            [CompletionResult]::new('init', 'init', [CompletionResultType]::ParameterValue, 'Create a new encrypted store (refuses to overwrite one: exit 7)')
            [CompletionResult]::new('time-zone', 'time-zone', [CompletionResultType]::ParameterValue, 'Show or set the store''s time zone (IANA name): what "now" and appointment times mean')
            [CompletionResult]::new('config', 'config', [CompletionResultType]::ParameterValue, 'The configuration: effective settings and where each came from')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print a shell completion script (bash, zsh, fish, powershell, elvish)')
            [CompletionResult]::new('man', 'man', [CompletionResultType]::ParameterValue, 'Write the manual pages (kabinet.1 and one per subcommand) into a directory')
            [CompletionResult]::new('passwd', 'passwd', [CompletionResultType]::ParameterValue, 'Change your own passphrase (the same as `user passwd`; crash-safe)')
            [CompletionResult]::new('user', 'user', [CompletionResultType]::ParameterValue, 'The store''s users: add, roles, remove, list; your passphrase; the recovery key')
            [CompletionResult]::new('rekey', 'rekey', [CompletionResultType]::ParameterValue, 'Encrypt the store again under a new random key, sealed to every user (crash-safe)')
            [CompletionResult]::new('notify', 'notify', [CompletionResultType]::ParameterValue, 'Send the reminders due now (e-mail or a command), each once; `notify log`: what went')
            [CompletionResult]::new('unlock', 'unlock', [CompletionResultType]::ParameterValue, 'Unlock the store once for this login session: later commands ask for no passphrase')
            [CompletionResult]::new('shell', 'shell', [CompletionResultType]::ParameterValue, 'An interactive prompt: unlock once, then type commands as on the command line')
            [CompletionResult]::new('lock', 'lock', [CompletionResultType]::ParameterValue, 'Forget the store''s key held for this session at once')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Whether the store is unlocked for this session, for whom and until when')
            [CompletionResult]::new('server', 'server', [CompletionResultType]::ParameterValue, 'The office server (PostgreSQL): make an office on one')
            [CompletionResult]::new('push', 'push', [CompletionResultType]::ParameterValue, 'Move this local store into an office on a server: every item, its history and the log')
            [CompletionResult]::new('record', 'record', [CompletionResultType]::ParameterValue, 'Diary records: dated events and their results')
            [CompletionResult]::new('doc', 'doc', [CompletionResultType]::ParameterValue, 'Document registry: passports, licences, certificates and their validity')
            [CompletionResult]::new('appt', 'appt', [CompletionResultType]::ParameterValue, 'Appointments at offices, clinics, МФЦ, ГИБДД, ФНС')
            [CompletionResult]::new('obligation', 'obligation', [CompletionResultType]::ParameterValue, 'Recurring or one-off duties, e.g. a report due on the 5th of each month')
            [CompletionResult]::new('application', 'application', [CompletionResultType]::ParameterValue, 'Applications filed with an agency, followed to a decision (alias: zayav)')
            [CompletionResult]::new('deadlines', 'deadlines', [CompletionResultType]::ParameterValue, 'Everything due or overdue: documents, appointments, follow-ups, obligations, applications')
            [CompletionResult]::new('calendar', 'calendar', [CompletionResultType]::ParameterValue, 'The working-day calendar in force: days off, transfers, data source')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Import records, documents or appointments from a CSV file: all rows or none')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Export records, documents or appointments: CSV, JSON, iCalendar, PDF reports and receipts')
            [CompletionResult]::new('verify-file', 'verify-file', [CompletionResultType]::ParameterValue, 'Check a signed export against its FILE.sig (exit 0, or 4 naming what failed)')
            [CompletionResult]::new('verify', 'verify', [CompletionResultType]::ParameterValue, 'Check the store: encryption pages, database structure, the audit chain, the seal of every row and attachment, the signing key (exit 0, or 4 listing what is wrong and where)')
            [CompletionResult]::new('log', 'log', [CompletionResultType]::ParameterValue, 'The audit trail: every change, when, who, with which command, before and after')
            [CompletionResult]::new('history', 'history', [CompletionResultType]::ParameterValue, 'Each version of one item and what changed between them')
            [CompletionResult]::new('revert', 'revert', [CompletionResultType]::ParameterValue, 'Restore an earlier version (from `history`) of an item that is still editable')
            [CompletionResult]::new('attach', 'attach', [CompletionResultType]::ParameterValue, 'Attach a scan to an item: PDF, DOCX, JPG or PNG (checked by content), at most 5 MB')
            [CompletionResult]::new('attachments', 'attachments', [CompletionResultType]::ParameterValue, 'List an item''s attachments, numbered from 1')
            [CompletionResult]::new('extract', 'extract', [CompletionResultType]::ParameterValue, 'Write an attachment''s exact bytes to a file (N as numbered by `attachments`)')
            [CompletionResult]::new('detach', 'detach', [CompletionResultType]::ParameterValue, 'Remove an attachment from an item (logged; N as numbered by `attachments`)')
            [CompletionResult]::new('backup', 'backup', [CompletionResultType]::ParameterValue, 'Copy the store consistently with SQLite''s online backup, encrypted with the same key')
            [CompletionResult]::new('restore', 'restore', [CompletionResultType]::ParameterValue, 'Replace the store with a backup, after verifying it; the current store is kept as .bak')
            [CompletionResult]::new('key', 'key', [CompletionResultType]::ParameterValue, 'The store''s signing key')
            [CompletionResult]::new('validate', 'validate', [CompletionResultType]::ParameterValue, 'Check values (СНИЛС, ИНН, dates…), or with no KIND the whole store')
            [CompletionResult]::new('demo', 'demo', [CompletionResultType]::ParameterValue, 'A guided tour on a throw-away sample store; needs no set-up')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'kabinet;help;init' {
            break
        }
        'kabinet;help;time-zone' {
            break
        }
        'kabinet;help;config' {
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Print every effective setting, its value and where it came from')
            break
        }
        'kabinet;help;config;show' {
            break
        }
        'kabinet;help;completions' {
            break
        }
        'kabinet;help;man' {
            break
        }
        'kabinet;help;passwd' {
            break
        }
        'kabinet;help;user' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the store''s users: names, roles, kinds, created, last change (no secrets)')
            [CompletionResult]::new('passwd', 'passwd', [CompletionResultType]::ParameterValue, 'Change your own passphrase (the store is encrypted again under a new key; crash-safe)')
            [CompletionResult]::new('recover', 'recover', [CompletionResultType]::ParameterValue, 'Set a user''s new passphrase with the recovery key')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a user with a role (admin, editor, reader) and their own passphrase')
            [CompletionResult]::new('role', 'role', [CompletionResultType]::ParameterValue, 'Change a user''s role (and, with --kinds or --all-kinds, what they may see)')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove a user; the store is encrypted again under a new key at once, so their passphrase opens nothing from then on')
            [CompletionResult]::new('recovery-key', 'recovery-key', [CompletionResultType]::ParameterValue, 'Make a new recovery key in place of the old one, shown once')
            break
        }
        'kabinet;help;user;list' {
            break
        }
        'kabinet;help;user;passwd' {
            break
        }
        'kabinet;help;user;recover' {
            break
        }
        'kabinet;help;user;add' {
            break
        }
        'kabinet;help;user;role' {
            break
        }
        'kabinet;help;user;remove' {
            break
        }
        'kabinet;help;user;recovery-key' {
            break
        }
        'kabinet;help;rekey' {
            break
        }
        'kabinet;help;notify' {
            [CompletionResult]::new('log', 'log', [CompletionResultType]::ParameterValue, 'The delivery log: each reminder, its channel, recipient, attempts and status')
            break
        }
        'kabinet;help;notify;log' {
            break
        }
        'kabinet;help;unlock' {
            break
        }
        'kabinet;help;shell' {
            break
        }
        'kabinet;help;lock' {
            break
        }
        'kabinet;help;status' {
            break
        }
        'kabinet;help;server' {
            [CompletionResult]::new('init', 'init', [CompletionResultType]::ParameterValue, 'Make an office on a PostgreSQL server: schema, roles, first admin, recovery key')
            break
        }
        'kabinet;help;server;init' {
            break
        }
        'kabinet;help;push' {
            break
        }
        'kabinet;help;record' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a record and print its ID')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List records')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one record with its edit window and amendments')
            [CompletionResult]::new('edit', 'edit', [CompletionResultType]::ParameterValue, 'Change a record within 24 hours of its entry (later: use `amend`)')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a record within 24 hours of its entry')
            [CompletionResult]::new('amend', 'amend', [CompletionResultType]::ParameterValue, 'Correct a locked record: a new record supersedes it, and the original is kept')
            break
        }
        'kabinet;help;record;add' {
            break
        }
        'kabinet;help;record;list' {
            break
        }
        'kabinet;help;record;show' {
            break
        }
        'kabinet;help;record;edit' {
            break
        }
        'kabinet;help;record;delete' {
            break
        }
        'kabinet;help;record;amend' {
            break
        }
        'kabinet;help;doc' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a document and print its ID')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List documents with their status (valid, expiring, expired, indefinite, archived)')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one document with its status and days left')
            [CompletionResult]::new('edit', 'edit', [CompletionResultType]::ParameterValue, 'Change a document''s fields')
            [CompletionResult]::new('renew', 'renew', [CompletionResultType]::ParameterValue, 'Replace a document by a new one: the old one is archived and linked to the new')
            [CompletionResult]::new('archive', 'archive', [CompletionResultType]::ParameterValue, 'Archive a document that is no longer in use')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a document')
            break
        }
        'kabinet;help;doc;add' {
            break
        }
        'kabinet;help;doc;list' {
            break
        }
        'kabinet;help;doc;show' {
            break
        }
        'kabinet;help;doc;edit' {
            break
        }
        'kabinet;help;doc;renew' {
            break
        }
        'kabinet;help;doc;archive' {
            break
        }
        'kabinet;help;doc;delete' {
            break
        }
        'kabinet;help;appt' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Book an appointment and print its ID')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List appointments')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one appointment with reminders, documents to bring and its history')
            [CompletionResult]::new('edit', 'edit', [CompletionResultType]::ParameterValue, 'Change an appointment''s details (use `reschedule` to move it)')
            [CompletionResult]::new('reschedule', 'reschedule', [CompletionResultType]::ParameterValue, 'Move an appointment; the old time stays in its history')
            [CompletionResult]::new('cancel', 'cancel', [CompletionResultType]::ParameterValue, 'Cancel an appointment (until 24 hours before the start)')
            [CompletionResult]::new('done', 'done', [CompletionResultType]::ParameterValue, 'Mark an appointment as attended')
            [CompletionResult]::new('no-show', 'no-show', [CompletionResultType]::ParameterValue, 'Mark an appointment as missed')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete an appointment and its history')
            break
        }
        'kabinet;help;appt;add' {
            break
        }
        'kabinet;help;appt;list' {
            break
        }
        'kabinet;help;appt;show' {
            break
        }
        'kabinet;help;appt;edit' {
            break
        }
        'kabinet;help;appt;reschedule' {
            break
        }
        'kabinet;help;appt;cancel' {
            break
        }
        'kabinet;help;appt;done' {
            break
        }
        'kabinet;help;appt;no-show' {
            break
        }
        'kabinet;help;appt;delete' {
            break
        }
        'kabinet;help;obligation' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add an obligation and print its ID')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List obligations with their effective due dates')
            [CompletionResult]::new('done', 'done', [CompletionResultType]::ParameterValue, 'Mark done: a recurring one moves to its next date, a one-off is closed')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete an obligation')
            break
        }
        'kabinet;help;obligation;add' {
            break
        }
        'kabinet;help;obligation;list' {
            break
        }
        'kabinet;help;obligation;done' {
            break
        }
        'kabinet;help;obligation;delete' {
            break
        }
        'kabinet;help;application' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'File an application and print its ID (Z-1, Z-2…)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List applications, latest submission first')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one application with its changes of status and the documents it relies on')
            [CompletionResult]::new('edit', 'edit', [CompletionResultType]::ParameterValue, 'Change an application''s details while no decision is made')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Move an application to a new status (only the allowed transitions; dated and kept)')
            [CompletionResult]::new('cancel', 'cancel', [CompletionResultType]::ParameterValue, 'Cancel an open application')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete an application and its history')
            break
        }
        'kabinet;help;application;add' {
            break
        }
        'kabinet;help;application;list' {
            break
        }
        'kabinet;help;application;show' {
            break
        }
        'kabinet;help;application;edit' {
            break
        }
        'kabinet;help;application;status' {
            break
        }
        'kabinet;help;application;cancel' {
            break
        }
        'kabinet;help;application;delete' {
            break
        }
        'kabinet;help;deadlines' {
            break
        }
        'kabinet;help;calendar' {
            break
        }
        'kabinet;help;import' {
            break
        }
        'kabinet;help;export' {
            break
        }
        'kabinet;help;verify-file' {
            break
        }
        'kabinet;help;verify' {
            break
        }
        'kabinet;help;log' {
            break
        }
        'kabinet;help;history' {
            break
        }
        'kabinet;help;revert' {
            break
        }
        'kabinet;help;attach' {
            break
        }
        'kabinet;help;attachments' {
            break
        }
        'kabinet;help;extract' {
            break
        }
        'kabinet;help;detach' {
            break
        }
        'kabinet;help;backup' {
            break
        }
        'kabinet;help;restore' {
            break
        }
        'kabinet;help;key' {
            [CompletionResult]::new('public', 'public', [CompletionResultType]::ParameterValue, 'Print the store''s public key in minisign''s format (give it to whoever checks exports)')
            break
        }
        'kabinet;help;key;public' {
            break
        }
        'kabinet;help;validate' {
            break
        }
        'kabinet;help;demo' {
            break
        }
        'kabinet;help;help' {
            break
        }
    })

    $completions.Where{ $_.CompletionText -like "$wordToComplete*" } |
        Sort-Object -Property ListItemText
}
