#include "audit.h"

#include "database.h"

#include <QJsonDocument>

namespace fd {
namespace {
QString compact(const QJsonObject &object)
{
    if (object.isEmpty())
        return QLatin1String(""); // not a null QString: that would bind as SQL NULL
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}
} // namespace

Result<void> writeAudit(Database &db, const AuditEntry &entry)
{
    QSqlQuery q = db.prepare(QStringLiteral(
        "INSERT INTO audit_log (at_utc, user_name, action, entity, entity_id, before_json, "
        "after_json) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(entry.atUtc);
    q.addBindValue(entry.user);
    q.addBindValue(entry.action);
    q.addBindValue(entry.entity);
    q.addBindValue(entry.entityId);
    q.addBindValue(compact(entry.before));
    q.addBindValue(compact(entry.after));
    return exec(q);
}

QString currentUserName()
{
    QString user = qEnvironmentVariable("USER");
    if (user.isEmpty())
        user = qEnvironmentVariable("USERNAME");
    return user.isEmpty() ? QStringLiteral("unknown") : user;
}

} // namespace fd
