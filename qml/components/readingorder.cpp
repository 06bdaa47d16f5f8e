// SPDX-License-Identifier: GPL-3.0-or-later
#include "readingorder.h"

#include <QQuickItem>

void ReadingOrder::placeBefore(QQuickItem *item, QQuickItem *sibling)
{
    if (item && sibling && item != sibling && item->parentItem()
        && item->parentItem() == sibling->parentItem())
        item->stackBefore(sibling);
}
