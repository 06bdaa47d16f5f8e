// SPDX-License-Identifier: GPL-3.0-or-later
// Written against UIKit; not built here (see platforms/README.md).
#include "iostextscale.h"

#import <UIKit/UIKit.h>

double iosBodyTextScale()
{
    const CGFloat body = [UIFont preferredFontForTextStyle:UIFontTextStyleBody].pointSize;
    return body > 0 ? double(body) / 17.0 : 1.0;
}
