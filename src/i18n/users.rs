//! Messages of users and their keys: who unlocks, the key file, the recovery key.

use super::prelude::*;

fn names(users: &[String]) -> String {
    users.join(", ")
}

pub fn keys_missing(path: &Path) -> String {
    tr!(
        format!(
            "the store's key file {} is missing: it holds every user's key, and without it the \
             store cannot be opened; put it back from where the store's backup is (a backup \
             `X.db` has its `X.db.keys` beside it)",
            p(path)
        ),
        format!(
            "нет файла ключей хранилища {}: в нём ключи всех пользователей, без него хранилище \
             не открыть; верните его из резервной копии (рядом с копией `X.db` лежит `X.db.keys`)",
            p(path)
        )
    )
}

pub fn keys_damaged(path: &Path, why: &str) -> String {
    tr!(
        format!("the store's key file {} is damaged: {why}", p(path)),
        format!("файл ключей хранилища {} повреждён: {why}", p(path))
    )
}

pub fn no_such_user(name: &str, users: &[String]) -> String {
    tr!(
        format!("no user {name} in this store; its users: {}", names(users)),
        format!("в хранилище нет пользователя {name}; его пользователи: {}", names(users))
    )
}

pub fn choose_user(users: &[String]) -> String {
    tr!(
        format!(
            "the store has several users ({}) and none is named as your login: say who you are \
             with --user NAME or KABINET_USER=NAME",
            names(users)
        ),
        format!(
            "у хранилища несколько пользователей ({}), и ни один не совпадает с вашим именем в \
             системе: укажите себя через --user ИМЯ или KABINET_USER=ИМЯ",
            names(users)
        )
    )
}

pub fn not_permitted(user: &str, role: crate::slots::Role, command: &str) -> String {
    let r = role_name(role);
    tr!(
        format!(
            "not permitted: {user} is a {r}, and a {r} may not run `kabinet {command}`; an admin \
             can change the role (`kabinet user role {user} ROLE`)"
        ),
        format!(
            "не разрешено: {user} — {r}, а {r} не может выполнять `kabinet {command}`; роль \
             меняет администратор (`kabinet user role {user} РОЛЬ`)"
        )
    )
}

pub fn user_added(name: &str, role: crate::slots::Role) -> String {
    tr!(
        format!("Added {name} ({})", role_name(role)),
        format!("Добавлен пользователь {name} ({})", role_name(role))
    )
}

pub fn role_set(name: &str, role: crate::slots::Role) -> String {
    tr!(format!("{name} is now {}", role_name(role)), format!("{name} теперь {}", role_name(role)))
}

pub fn confirm_remove_user(name: &str) -> String {
    tr!(
        format!("Remove {name} and encrypt the store again under a new key?"),
        format!("Удалить пользователя {name} и перешифровать хранилище новым ключом?")
    )
}

pub fn user_removed(name: &str) -> String {
    tr!(
        format!(
            "Removed {name}; the store is encrypted under a new key, and {name}'s passphrase opens nothing"
        ),
        format!(
            "Пользователь {name} удалён; хранилище перешифровано новым ключом, его пароль больше ничего не открывает"
        )
    )
}

pub fn kind_not_permitted(user: &str, kind: crate::domain::ItemKind, allowed: &[&str]) -> String {
    let (k, list) = (kind.code(), allowed.join(", "));
    tr!(
        format!("not permitted: {user} may see only {list}, not {k}"),
        format!("не разрешено: {user} видит только {list}, но не {k}")
    )
}

pub fn last_admin(name: &str) -> String {
    tr!(
        format!("{name} is the store's last admin: make another user admin first"),
        format!(
            "{name} — последний администратор хранилища: сначала назначьте администратором другого"
        )
    )
}

pub fn user_exists(name: &str) -> String {
    tr!(format!("a user {name} exists already"), format!("пользователь {name} уже есть"))
}

/// Said once when a store made before users gets its key file.
pub fn upgraded_to_users(user: &str, keys: &Path) -> String {
    tr!(
        format!(
            "the store now has users: you are its admin {user}, with the same passphrase; their \
             keys are in {} (back it up with the store); make a recovery key with `kabinet user \
             recovery-key`",
            p(keys)
        ),
        format!(
            "у хранилища теперь есть пользователи: вы — его администратор {user}, пароль прежний; \
             ключи хранятся в {} (копируйте его вместе с хранилищем); создайте ключ \
             восстановления командой `kabinet user recovery-key`",
            p(keys)
        )
    )
}

/// The recovery key, shown once.
pub fn recovery_key(code: &str) -> String {
    tr!(
        format!(
            "Recovery key (shown only now; write it down and keep it in a safe — with it \
             `kabinet user recover` sets a new passphrase; without it or a passphrase the data \
             cannot be read by anyone):\n  {code}"
        ),
        format!(
            "Ключ восстановления (показывается только сейчас; запишите его и храните в сейфе — \
             с ним `kabinet user recover` задаёт новый пароль; без него и без пароля данные не \
             прочитать никому):\n  {code}"
        )
    )
}

pub fn user_created(name: &str) -> String {
    tr!(
        format!("Its first user: {name} (admin)"),
        format!("Первый пользователь: {name} (администратор)")
    )
}

pub fn role_name(role: crate::slots::Role) -> String {
    use crate::slots::Role;
    match role {
        Role::Admin => tr!("admin", "администратор"),
        Role::Editor => tr!("editor", "редактор"),
        Role::Reader => tr!("reader", "читатель"),
    }
}

pub fn user_headers() -> Vec<String> {
    vec![
        tr!("Name", "Имя"),
        tr!("Role", "Роль"),
        tr!("Kinds", "Виды"),
        tr!("Created", "Создан"),
        tr!("Last change", "Изменён"),
    ]
}

pub fn all_kinds() -> String {
    tr!("all", "все")
}

pub fn prompt_recovery_key() -> String {
    tr!("Recovery key", "Ключ восстановления")
}

pub fn bad_recovery_key() -> String {
    tr!(
        "that is not a recovery key: 30 letters and digits, as `kabinet init` printed them",
        "это не ключ восстановления: 30 букв и цифр, как их напечатал `kabinet init`"
    )
}

pub fn wrong_recovery_key() -> String {
    tr!(
        "the recovery key does not open this store",
        "ключ восстановления не подходит к этому хранилищу"
    )
}

pub fn no_recovery_key_source() -> String {
    tr!(
        "no recovery key: give --recovery-key-file FILE or KABINET_RECOVERY_KEY_FILE, or run on a terminal",
        "нет ключа восстановления: укажите --recovery-key-file ФАЙЛ или KABINET_RECOVERY_KEY_FILE либо запустите в терминале"
    )
}

pub fn passphrase_reset(name: &str) -> String {
    tr!(
        format!("{name} has a new passphrase; the store is encrypted under a new key"),
        format!("у {name} новый пароль; хранилище перешифровано новым ключом")
    )
}

pub fn recovery_sheet_title() -> String {
    tr!("kabinet recovery key", "Ключ восстановления kabinet")
}

pub fn recovery_sheet_lines(store: &Path, user: &str, when: &str) -> Vec<String> {
    vec![
        tr!(format!("Store: {}", p(store)), format!("Хранилище: {}", p(store))),
        tr!(format!("Made by: {user}, {when}"), format!("Создан: {user}, {when}")),
    ]
}

pub fn recovery_sheet_how() -> String {
    tr!(
        "If a passphrase is forgotten: kabinet user recover --user NAME, then type this key and          the new passphrase. Anyone holding this page can do the same: keep it in a safe. A new          key made with `kabinet user recovery-key` makes this one useless.",
        "Если пароль забыт: kabinet user recover --user ИМЯ, затем введите этот ключ и новый          пароль. Любой, у кого есть этот лист, может сделать то же самое: храните его в сейфе.          Новый ключ, созданный командой `kabinet user recovery-key`, делает этот недействительным."
    )
}

pub fn rekeyed() -> String {
    tr!(
        "the store is encrypted under a new key, sealed to every user",
        "хранилище перешифровано новым ключом, он передан всем пользователям"
    )
}
