// SPDX-License-Identifier: GPL-3.0-or-later
// Written against the Android API through Qt 6.4's JNI helpers; not built here (see
// platforms/README.md).
#include "androidtextscale.h"

#include <QCoreApplication>
#include <QJniObject>

double androidFontScale()
{
    const QJniObject context = QNativeInterface::QAndroidApplication::context();
    const QJniObject configuration
        = context.callObjectMethod("getResources", "()Landroid/content/res/Resources;")
              .callObjectMethod("getConfiguration", "()Landroid/content/res/Configuration;");
    if (!configuration.isValid())
        return 1.0;
    const float scale = configuration.getField<jfloat>("fontScale");
    return scale > 0 ? double(scale) : 1.0;
}
