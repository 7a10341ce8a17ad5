/* test-model-floor-plan.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Floor plans: which zone kinds are walkable, where the background image
 * lies and how a drawn line of known length calibrates it, and that each
 * change is one undo step.
 */

#include "config.h"

#include "model/tp-model.h"

static void
test_walkable_kinds (void)
{
  g_autoptr(GEnumClass) klass = g_type_class_ref (TP_TYPE_ZONE_KIND);
  g_autoptr(TpZone) shelf = tp_zone_new ("z", TP_ZONE_KIND_SHELF);
  guint n_blocking = 0;

  for (guint i = 0; i < klass->n_values; i++)
    {
      TpZoneKind kind = klass->values[i].value;

      /* Every kind has a name a person reads. */
      g_assert_nonnull (tp_enum_get_label (TP_TYPE_ZONE_KIND, kind));
      if (!tp_zone_kind_is_walkable (kind))
        n_blocking++;
    }
  g_assert_cmpuint (n_blocking, ==, 4);
  g_assert_false (tp_zone_kind_is_walkable (TP_ZONE_KIND_WALL));
  g_assert_false (tp_zone_kind_is_walkable (TP_ZONE_KIND_OBSTACLE));
  g_assert_false (tp_zone_kind_is_walkable (TP_ZONE_KIND_STAFF_ONLY));
  g_assert_true (tp_zone_kind_is_walkable (TP_ZONE_KIND_AISLE));
  g_assert_true (tp_zone_kind_is_walkable (TP_ZONE_KIND_DISPLAY));
  g_assert_cmpstr (tp_enum_to_nick (TP_TYPE_ZONE_KIND, TP_ZONE_KIND_SHELF), ==, "shelf");

  g_assert_false (tp_zone_is_walkable (shelf));
  g_object_set (shelf, "kind", TP_ZONE_KIND_CHECKOUT, NULL);
  g_assert_true (tp_zone_is_walkable (shelf));
}

static void
test_image_defaults (void)
{
  g_autoptr(TpFloorPlan) plan = tp_floor_plan_new ("f");

  g_assert_cmpfloat (tp_floor_plan_get_image_x (plan), ==, 0.0);
  g_assert_cmpfloat (tp_floor_plan_get_image_y (plan), ==, 0.0);
  g_assert_cmpfloat (tp_floor_plan_get_image_scale (plan), ==, 0.0);
  g_assert_cmpfloat (tp_floor_plan_get_image_opacity (plan), ==, 0.5);
  g_assert_false (tp_floor_plan_get_image_locked (plan));

  /* Not calibrated: a 400-pixel-wide image is stretched over the 20 m plan. */
  g_assert_cmpfloat_with_epsilon (tp_floor_plan_image_scale (plan, 400), 0.05, 1e-12);
  g_assert_cmpfloat (tp_floor_plan_image_scale (plan, 0), ==, 0.0);
}

static void
test_calibration (void)
{
  g_autoptr(TpFloorPlan) plan = tp_floor_plan_new ("f");
  double scale;

  /* Shown at 0.05 m/px, a line drawn 2 m long covers 40 pixels; they are really 3 m. */
  scale = tp_floor_plan_calibration_scale (plan, 400, 1, 1, 3, 1, 3.0);
  g_assert_cmpfloat_with_epsilon (scale, 0.075, 1e-12);

  /* Calibrating again, over the image as now shown, keeps agreeing with itself. */
  g_object_set (plan, "image-scale", scale, NULL);
  g_assert_cmpfloat_with_epsilon (tp_floor_plan_image_scale (plan, 400), 0.075, 1e-12);
  g_assert_cmpfloat_with_epsilon (tp_floor_plan_calibration_scale (plan, 400, 0, 0, 0, 4.5, 4.5),
                                  0.075, 1e-12);
  /* A diagonal line: 3-4-5. */
  g_assert_cmpfloat_with_epsilon (tp_floor_plan_calibration_scale (plan, 400, 0, 0, 3, 4, 10),
                                  0.15, 1e-12);

  /* A line too short to tell, or no length, changes nothing. */
  g_assert_cmpfloat (tp_floor_plan_calibration_scale (plan, 400, 1, 1, 1, 1, 3), ==, 0.0);
  g_assert_cmpfloat (tp_floor_plan_calibration_scale (plan, 400, 0, 0, 1, 0, 0), ==, 0.0);
  g_assert_cmpfloat (tp_floor_plan_calibration_scale (plan, 400, 0, 0, 1, 0, -2), ==, 0.0);
  /* Absurd scales are refused rather than stored. */
  g_assert_cmpfloat (tp_floor_plan_calibration_scale (plan, 400, 0, 0, 1e-5, 0, 1e4), ==, 0.0);
}

static void
test_image_edits_undo (void)
{
  g_autoptr(TpProject) project = tp_project_new ();
  g_autoptr(TpFloorPlan) plan = tp_floor_plan_new (NULL);
  g_autoptr(TpZone) zone = tp_zone_new (NULL, TP_ZONE_KIND_AISLE);

  tp_project_insert (project, project, TP_LIST_FLOOR_PLANS, -1, plan);
  tp_project_insert (project, plan, TP_LIST_ZONES, -1, zone);
  tp_project_clear_history (project);

  /* Calibrating moves and scales the image in one gesture. */
  tp_project_begin (project, "Calibrate");
  tp_project_set (project, plan, "image-scale", 0.02, "image-x", 1.5, "image-y", -2.0, NULL);
  tp_project_commit (project);
  tp_project_set (project, plan, "image-opacity", 0.3, NULL);
  tp_project_set (project, plan, "image-locked", TRUE, NULL);
  tp_project_set (project, zone, "kind", TP_ZONE_KIND_SHELF, NULL);

  g_assert_false (tp_zone_is_walkable (zone));
  g_assert_true (tp_floor_plan_get_image_locked (plan));

  g_assert_true (tp_project_undo (project));
  g_assert_true (tp_zone_is_walkable (zone));
  g_assert_true (tp_project_undo (project));
  g_assert_false (tp_floor_plan_get_image_locked (plan));
  g_assert_true (tp_project_undo (project));
  g_assert_cmpfloat (tp_floor_plan_get_image_opacity (plan), ==, 0.5);
  g_assert_true (tp_project_undo (project));
  g_assert_cmpfloat (tp_floor_plan_get_image_scale (plan), ==, 0.0);
  g_assert_cmpfloat (tp_floor_plan_get_image_x (plan), ==, 0.0);
  g_assert_cmpfloat (tp_floor_plan_get_image_y (plan), ==, 0.0);
  g_assert_false (tp_project_can_undo (project));

  g_assert_true (tp_project_redo (project));
  g_assert_cmpfloat (tp_floor_plan_get_image_scale (plan), ==, 0.02);
  g_assert_cmpfloat (tp_floor_plan_get_image_x (plan), ==, 1.5);
  g_assert_cmpfloat (tp_floor_plan_get_image_y (plan), ==, -2.0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/model/floor-plan/walkable-kinds", test_walkable_kinds);
  g_test_add_func ("/model/floor-plan/image-defaults", test_image_defaults);
  g_test_add_func ("/model/floor-plan/calibration", test_calibration);
  g_test_add_func ("/model/floor-plan/image-edits-undo", test_image_edits_undo);

  return g_test_run ();
}
