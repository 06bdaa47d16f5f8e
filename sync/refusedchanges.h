// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QQmlEngine>

class SyncRepository;
struct RefusedChange;

/// The changes the server refused, in the app's words, with what the person had typed so that
/// they can copy it; letting one go.
class RefusedChanges : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Part of SyncController")
    Q_PROPERTY(int count READ count NOTIFY changed)
    /// Each: seq, what (for people), reason (for people), text (what the person had typed).
    Q_PROPERTY(QVariantList items READ items NOTIFY changed)
public:
    explicit RefusedChanges(SyncRepository &repository);

    int count() const;
    QVariantList items() const;

    Q_INVOKABLE void discard(const QString &seq);
    /// A sync ended: the server may have refused more.
    void reload();

    /// What a refused change was, in the app's language.
    static QString describe(const RefusedChange &change);
    /// Why the server refused it, in the app's language (the server's words as a fallback).
    static QString reasonText(const RefusedChange &change);

Q_SIGNALS:
    void changed();

private:
    SyncRepository &m_repository;
    QVariantList m_items;
};
