// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QQmlEngine>
#include <QQuickItem>

/// Where an item stands among its siblings for screen readers and the Tab key, which follow
/// the order of an item's children rather than where they are on screen. Qt 6.4 offers
/// QQuickItem::stackBefore() to C++ only.
class ReadingOrder : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
public:
    using QObject::QObject;

    /// Puts @p item just before its sibling @p sibling (nothing if they are not siblings).
    Q_INVOKABLE static void placeBefore(QQuickItem *item, QQuickItem *sibling);
};
