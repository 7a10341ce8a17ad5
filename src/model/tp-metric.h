/* tp-metric.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A figure measured at a touchpoint. Metrics have no id.
 * Properties: "kind" (TpMetricKind), "label", "value" (double), "unit".
 */

#pragma once

#include "tp-element.h"
#include "tp-enums.h"

G_BEGIN_DECLS

#define TP_TYPE_METRIC (tp_metric_get_type ())

G_DECLARE_FINAL_TYPE (TpMetric, tp_metric, TP, METRIC, TpElement)

TpMetric    *tp_metric_new               (TpMetricKind kind);
TpMetricKind tp_metric_get_kind          (TpMetric   *self);
const char  *tp_metric_get_label         (TpMetric   *self);
double       tp_metric_get_value         (TpMetric   *self);
const char  *tp_metric_get_unit          (TpMetric   *self);

G_END_DECLS
