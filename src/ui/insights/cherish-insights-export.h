/* cherish-insights-export.h — the Insights page as a PDF or a picture
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

typedef enum
{
  CHERISH_INSIGHTS_EXPORT_PDF,
  CHERISH_INSIGHTS_EXPORT_PNG,
} CherishInsightsExport;

gboolean cherish_insights_export_save (GtkWidget              *content,
                                       CherishInsightsExport   format,
                                       GFile                  *file,
                                       GError                **error);

G_END_DECLS
