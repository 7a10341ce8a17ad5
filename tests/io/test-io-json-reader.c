/* test-io-json-reader.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Our pull parser (src/io/tp-json-reader.c) against json-glib's: on every
 * example, golden, seed-corpus and hostile file that both accept, and on
 * generated documents (every kind of text, escapes, long strings, deep and
 * wide objects, runs of indentation), the tokens make the same tree that
 * json-glib builds. Then its own rules where it is stricter than json-glib:
 * repeated member names (in small and big objects), invalid UTF-8 after a
 * plain run, depth, with the line of the error.
 *
 *   test-io-json-reader DIR…
 */

#include "config.h"

#include <math.h>
#include <string.h>

#include "io/tp-format.h"
#include "io/tp-json-reader.h"

static char **dirs;

/* The tree the reader's tokens make (the depth is bounded by the reader). */
static JsonNode *
read_tree (TpJsonReader *reader,
           GError      **error)
{
  TpJsonToken token = tp_json_reader_get_token (reader);

  if (token == TP_JSON_TOKEN_BEGIN_OBJECT)
    {
      g_autoptr(JsonObject) object = json_object_new ();

      while ((token = tp_json_reader_next (reader, error)) == TP_JSON_TOKEN_MEMBER)
        {
          g_autofree char *name = g_strdup (tp_json_reader_get_member_name (reader));
          JsonNode *value;

          if (tp_json_reader_next (reader, error) == TP_JSON_TOKEN_NONE)
            return NULL;
          value = read_tree (reader, error);
          if (value == NULL)
            return NULL;
          json_object_set_member (object, name, value);
        }
      if (token != TP_JSON_TOKEN_END_OBJECT)
        return NULL;
      return json_node_init_object (json_node_alloc (), object);
    }
  if (token == TP_JSON_TOKEN_BEGIN_ARRAY)
    {
      g_autoptr(JsonArray) array = json_array_new ();

      for (;;)
        {
          JsonNode *item;

          token = tp_json_reader_next (reader, error);
          if (token == TP_JSON_TOKEN_END_ARRAY)
            break;
          if (token == TP_JSON_TOKEN_NONE)
            return NULL;
          item = read_tree (reader, error);
          if (item == NULL)
            return NULL;
          json_array_add_element (array, item);
        }
      return json_node_init_array (json_node_alloc (), array);
    }
  return tp_json_reader_read_scalar (reader, error);
}

static JsonNode *
parse_ours (const char *data,
            gsize       length,
            GError    **error)
{
  TpJsonReader *reader = tp_json_reader_new (data, length);
  JsonNode *root = NULL;

  if (tp_json_reader_next (reader, error) != TP_JSON_TOKEN_NONE)
    root = read_tree (reader, error);
  if (root != NULL && tp_json_reader_next (reader, error) != TP_JSON_TOKEN_END)
    g_clear_pointer (&root, json_node_unref);
  tp_json_reader_free (reader);
  return root;
}

static JsonNode *
parse_json_glib (const char *data,
                 gsize       length)
{
  g_autoptr(JsonParser) parser = json_parser_new_immutable ();

  /* Ours passes over a UTF-8 byte order mark. */
  if (length >= 3 && memcmp (data, "\xEF\xBB\xBF", 3) == 0)
    {
      data += 3;
      length -= 3;
    }
  if (!json_parser_load_from_data (parser, data, length, NULL))
    return NULL;
  return json_parser_steal_root (parser);
}

/* json_node_equal, except for a whole number past 64 bits: json-glib wraps it
 * (99999999999999999999 reads as -1), ours keeps it as a double. */
static gboolean
same_node (JsonNode *ours,
           JsonNode *theirs)
{
  if (JSON_NODE_HOLDS_VALUE (ours) && JSON_NODE_HOLDS_VALUE (theirs)
      && json_node_get_value_type (ours) == G_TYPE_DOUBLE
      && fabs (json_node_get_double (ours)) >= 9223372036854775808.0)
    return json_node_get_value_type (theirs) == G_TYPE_INT64
           || json_node_get_value_type (theirs) == G_TYPE_DOUBLE;
  if (JSON_NODE_HOLDS_OBJECT (ours) && JSON_NODE_HOLDS_OBJECT (theirs))
    {
      JsonObject *a = json_node_get_object (ours), *b = json_node_get_object (theirs);
      g_autoptr(GList) names = json_object_get_members (a);

      if (json_object_get_size (a) != json_object_get_size (b))
        return FALSE;
      for (GList *l = names; l != NULL; l = l->next)
        if (!json_object_has_member (b, l->data)
            || !same_node (json_object_get_member (a, l->data), json_object_get_member (b, l->data)))
          return FALSE;
      return TRUE;
    }
  if (JSON_NODE_HOLDS_ARRAY (ours) && JSON_NODE_HOLDS_ARRAY (theirs))
    {
      JsonArray *a = json_node_get_array (ours), *b = json_node_get_array (theirs);

      if (json_array_get_length (a) != json_array_get_length (b))
        return FALSE;
      for (guint i = 0; i < json_array_get_length (a); i++)
        if (!same_node (json_array_get_element (a, i), json_array_get_element (b, i)))
          return FALSE;
      return TRUE;
    }
  return json_node_equal (ours, theirs);
}

/* Both accept @data and agree, or ours refuses it (json-glib may accept what our
 * limits refuse, e.g. a repeated name); returns whether ours accepted. */
static gboolean
check_same (const char *what,
            const char *data,
            gsize       length)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) ours = parse_ours (data, length, &error);
  g_autoptr(JsonNode) theirs = NULL;

  /* json-glib is asked only about what ours accepts: deep nesting crashes it. */
  if (ours == NULL)
    {
      g_assert_nonnull (error);
      g_assert_true (error->domain == TP_FORMAT_ERROR);
      return FALSE;
    }
  g_assert_no_error (error);
  theirs = parse_json_glib (data, length);
  if (theirs == NULL || !same_node (ours, theirs))
    g_error ("%s: our reader and json-glib read different data", what);
  return TRUE;
}

static void
test_files (void)
{
  guint accepted = 0, files = 0;

  for (guint d = 0; dirs[d] != NULL; d++)
    {
      g_autoptr(GDir) dir = g_dir_open (dirs[d], 0, NULL);
      const char *name;

      g_assert_nonnull (dir);
      while ((name = g_dir_read_name (dir)) != NULL)
        {
          g_autofree char *path = g_build_filename (dirs[d], name, NULL);
          g_autofree char *data = NULL;
          gsize length;

          if (!g_str_has_suffix (name, ".touchpoint") && !g_str_has_suffix (name, ".json"))
            continue;
          if (!g_file_get_contents (path, &data, &length, NULL))
            continue;
          files++;
          accepted += check_same (path, data, length);
        }
    }
  /* The examples and goldens at least. */
  g_assert_cmpuint (files, >=, 10);
  g_assert_cmpuint (accepted, >=, 8);
}

/* --- generated documents ------------------------------------------------ */

static const char *const pieces[] = {
  "a", "Z", "0", " ", "card", "-", "_", "é", "ø", "€", "日本", "😀", "\\\"", "\\\\", "\\/",
  "\\n", "\\t", "\\r", "\\b", "\\f", "\\u00e9", "\\u20AC", "\\ud83d\\ude00", "\\u0001", "'",
  "{", "}", "[", "]", ":", ",",
};

static void
add_whitespace (GString *out,
                GRand   *rand)
{
  switch (g_rand_int_range (rand, 0, 6))
    {
    case 0:
      break;
    case 1:
      g_string_append_c (out, ' ');
      break;
    case 2:
      /* Indentation, longer and shorter than the reader's eight-space step. */
      g_string_append_c (out, '\n');
      for (int i = g_rand_int_range (rand, 0, 41); i > 0; i--)
        g_string_append_c (out, ' ');
      break;
    case 3:
      g_string_append (out, "\r\n\t ");
      break;
    case 4:
      for (int i = g_rand_int_range (rand, 1, 20); i > 0; i--)
        g_string_append_c (out, g_rand_boolean (rand) ? ' ' : '\t');
      break;
    default:
      g_string_append (out, "\n\n");
    }
}

static void
add_string (GString *out,
            GRand   *rand,
            guint    unique)
{
  /* Now and then longer than the reader's first buffers (256 and 64 bytes). */
  int n = g_rand_int_range (rand, 0, 10) == 0 ? g_rand_int_range (rand, 100, 400)
                                              : g_rand_int_range (rand, 0, 12);

  g_string_append_c (out, '"');
  for (int i = 0; i < n; i++)
    g_string_append (out, pieces[g_rand_int_range (rand, 0, G_N_ELEMENTS (pieces))]);
  if (unique != G_MAXUINT)
    g_string_append_printf (out, "#%u", unique);
  g_string_append_c (out, '"');
}

static void
add_value (GString *out,
           GRand   *rand,
           int      depth)
{
  static const char *const numbers[] = { "0", "-1", "42", "123456789", "12.5", "-0.25", "3e2", "1.5E-3" };
  /* Containers only near the top, so that a document stays small; deep ones are a
   * chain (below). */
  int kind = g_rand_int_range (rand, 0, depth >= 3 ? 5 : 8);

  switch (kind)
    {
    case 0:
      add_string (out, rand, G_MAXUINT);
      break;
    case 1:
      g_string_append (out, numbers[g_rand_int_range (rand, 0, G_N_ELEMENTS (numbers))]);
      break;
    case 2:
      g_string_append (out, g_rand_boolean (rand) ? "true" : "false");
      break;
    case 3:
      g_string_append (out, "null");
      break;
    case 4:
      add_string (out, rand, G_MAXUINT);
      break;
    case 5:
    case 6:
      {
        /* Small objects compare names one by one, big ones (over 16) in a table. */
        int n = g_rand_int_range (rand, 0, g_rand_boolean (rand) ? 6 : 30);

        g_string_append_c (out, '{');
        for (int i = 0; i < n; i++)
          {
            if (i > 0)
              g_string_append_c (out, ',');
            add_whitespace (out, rand);
            add_string (out, rand, i);
            add_whitespace (out, rand);
            g_string_append_c (out, ':');
            add_whitespace (out, rand);
            add_value (out, rand, depth + 1);
            add_whitespace (out, rand);
          }
        g_string_append_c (out, '}');
      }
      break;
    default:
      {
        int n = g_rand_int_range (rand, 0, 8);

        g_string_append_c (out, '[');
        for (int i = 0; i < n; i++)
          {
            if (i > 0)
              g_string_append_c (out, ',');
            add_whitespace (out, rand);
            add_value (out, rand, depth + 1);
            add_whitespace (out, rand);
          }
        g_string_append_c (out, ']');
      }
    }
}

static void
test_generated (void)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (12);

  for (guint i = 0; i < 400; i++)
    {
      g_autoptr(GString) doc = g_string_new (NULL);
      g_autofree char *what = g_strdup_printf ("generated document %u", i);

      add_whitespace (doc, rand);
      g_string_append_c (doc, '{');
      add_string (doc, rand, 0);
      g_string_append_c (doc, ':');
      add_value (doc, rand, 0);
      g_string_append_c (doc, '}');
      add_whitespace (doc, rand);
      g_assert_true (check_same (what, doc->str, doc->len));
    }

  /* As deep as the limit allows, objects and lists in turn. */
  for (guint i = 0; i < 20; i++)
    {
      g_autoptr(GString) doc = g_string_new (NULL);
      int depth = TP_JSON_READER_MAX_DEPTH - (int) i;

      for (int d = 0; d < depth; d++)
        {
          if (d % 2 == 0)
            {
              g_string_append (doc, "{");
              add_string (doc, rand, d);
              g_string_append (doc, ":");
            }
          else
            g_string_append (doc, "[1, ");
          add_whitespace (doc, rand);
        }
      add_value (doc, rand, 3);
      for (int d = depth - 1; d >= 0; d--)
        g_string_append (doc, d % 2 == 0 ? "}" : "]");
      g_assert_true (check_same ("a deep document", doc->str, doc->len));
    }
}

/* --- where ours is stricter ---------------------------------------------- */

static void
assert_refused (const char *data,
                int         code,
                const char *message_part,
                guint       line)
{
  g_autoptr(GError) error = NULL;
  TpJsonReader *reader = tp_json_reader_new (data, strlen (data));
  TpJsonToken token;

  do
    token = tp_json_reader_next (reader, &error);
  while (token != TP_JSON_TOKEN_NONE && token != TP_JSON_TOKEN_END);
  g_assert_error (error, TP_FORMAT_ERROR, code);
  g_assert_nonnull (strstr (error->message, message_part));
  g_assert_cmpuint (tp_json_reader_get_line (reader), ==, line);
  tp_json_reader_free (reader);
}

static void
test_stricter (void)
{
  g_autoptr(GString) big = g_string_new ("{");
  g_autoptr(GString) deep = g_string_new (NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) node = NULL;

  /* Names that begin alike are different names. */
  node = parse_ours ("{\"a\": 1, \"ab\": 2, \"abc\": {\"ab\": 3, \"a\": 4}}", 43, &error);
  g_assert_no_error (error);
  g_assert_nonnull (node);
  assert_refused ("{\"ab\": 1,\n \"a\": 2,\n \"ab\": 3}", TP_FORMAT_ERROR_SYNTAX,
                  "“ab” appears twice", 3);
  assert_refused ("{\"x\": {\"\\u00e9\": 1,\n \"é\": 2}}", TP_FORMAT_ERROR_SYNTAX,
                  "“é” appears twice", 2);
  for (guint i = 0; i < 20; i++)
    g_string_append_printf (big, "\"member-%u\": %u,\n", i, i);
  g_string_append (big, "\"member-3\": 0}");
  assert_refused (big->str, TP_FORMAT_ERROR_SYNTAX, "“member-3” appears twice", 21);

  /* A plain run, then a byte that is not UTF-8: in a text and in a name. */
  assert_refused ("{\"title\":\n\"plain words \xC3\x28 after\"}", TP_FORMAT_ERROR_INVALID_UTF8,
                  "not valid UTF-8", 2);
  assert_refused ("{\n\n\"name\xFF\": 1}", TP_FORMAT_ERROR_INVALID_UTF8, "member name", 3);
  /* Indentation before the cut. */
  assert_refused ("{\"a\":\n                         ", TP_FORMAT_ERROR_SYNTAX, "ends too early", 2);

  /* Deeper than the limit: refused, never a crash. */
  for (int i = 0; i < 100000; i++)
    g_string_append_c (deep, '[');
  assert_refused (deep->str, TP_FORMAT_ERROR_TOO_DEEP, "nested", 1);
}

/* --- strings read a word at a time ---------------------------------------- */

/* Parses @data from a copy of exactly its length (so that reading past the end
 * shows under a memory checker) with the longest string @max_string. */
static JsonNode *
parse_exact (const char *data,
             gsize       max_string,
             GError    **error)
{
  gsize length = strlen (data);
  g_autofree char *copy = g_memdup2 (data, length);
  TpJsonReader *reader = tp_json_reader_new (copy, length);
  JsonNode *root = NULL;

  tp_json_reader_set_max_string (reader, max_string);
  if (tp_json_reader_next (reader, error) != TP_JSON_TOKEN_NONE)
    root = read_tree (reader, error);
  if (root != NULL && tp_json_reader_next (reader, error) != TP_JSON_TOKEN_END)
    g_clear_pointer (&root, json_node_unref);
  tp_json_reader_free (reader);
  return root;
}

static void
test_strings_at_every_offset (void)
{
  /* What one byte or escape in a string makes of it: the same tree as
   * json-glib's, or the reader's error. */
  static const struct {
    const char *bytes;
    int         code;   /* -1: read as json-glib reads it */
  } specials[] = {
    { "x", -1 }, { "\\n", -1 }, { "\\\"", -1 }, { "\\u00e9", -1 }, { "\xC3\xA9", -1 },
    { "\x7F", -1 }, { "\xE2\x80\x9C", -1 }, { "\x01", TP_FORMAT_ERROR_SYNTAX },
    { "\n", TP_FORMAT_ERROR_SYNTAX }, { "\xFF", TP_FORMAT_ERROR_INVALID_UTF8 },
    { "\xC3", TP_FORMAT_ERROR_INVALID_UTF8 },
  };

  for (guint len = 0; len <= 80; len++)
    for (guint at = 0; at <= len; at++)
      for (guint s = 0; s < G_N_ELEMENTS (specials); s++)
        for (guint after = 0; after <= 9; after += 3)
          for (guint as_name = 0; as_name <= 1; as_name++)
            {
              g_autoptr(GString) text = g_string_new (NULL);
              g_autoptr(GString) data = g_string_new (NULL);
              g_autoptr(GError) error = NULL;
              g_autoptr(JsonNode) ours = NULL;
              g_autoptr(JsonNode) theirs = NULL;

              for (guint i = 0; i < len; i++)
                g_string_append_c (text, (char) ('a' + i % 26));
              if (at < len)
                g_string_insert (text, at, specials[s].bytes);
              if (as_name)
                g_string_printf (data, "{\"%s\":1", text->str);
              else
                g_string_printf (data, "[\"%s\"", text->str);
              /* Up to nine bytes after the string: the last word of it
               * may or may not fit before the end of the buffer. */
              for (guint i = 0; i < after; i++)
                g_string_append_c (data, ' ');
              g_string_append (data, as_name ? "}" : "]");

              ours = parse_exact (data->str, 1024, &error);
              if (at < len && specials[s].code >= 0)
                {
                  g_assert_null (ours);
                  g_assert_error (error, TP_FORMAT_ERROR, specials[s].code);
                  continue;
                }
              g_assert_no_error (error);
              theirs = parse_json_glib (data->str, data->len);
              g_assert_nonnull (theirs);
              g_assert_true (json_node_equal (ours, theirs));
            }

  /* The limit, around the longest string read a word at a time. */
  for (gsize max = 0; max <= 80; max++)
    for (gsize len = max > 0 ? max - 1 : 0; len <= max + 1; len++)
      {
        g_autoptr(GString) data = g_string_new ("[\"");
        g_autoptr(GError) error = NULL;
        g_autoptr(JsonNode) ours = NULL;

        for (gsize i = 0; i < len; i++)
          g_string_append_c (data, 'a');
        g_string_append (data, "\",        1]");
        ours = parse_exact (data->str, max, &error);
        if (len > max)
          {
            g_assert_null (ours);
            g_assert_error (error, TP_FORMAT_ERROR, TP_FORMAT_ERROR_TOO_LARGE);
          }
        else
          {
            g_assert_no_error (error);
            g_assert_cmpuint (strlen (json_array_get_string_element (json_node_get_array (ours), 0)),
                              ==, len);
          }
      }
}

/* Whole numbers are read without strtod up to 15 digits: the same values as
 * through it, on both sides of the bound. */
static void
test_whole_numbers (void)
{
  static const char *numbers[] = {
    "0", "-0", "7", "-3", "10", "999999999999999", "-999999999999999",
    "123456789012345", "1234567890123456", "9007199254740993", "-9223372036854775808",
    "9223372036854775807", "9223372036854775808", "1.0", "-0.0", "2e3",
  };

  for (guint i = 0; i < G_N_ELEMENTS (numbers); i++)
    {
      g_autofree char *data = g_strdup_printf ("[%s]", numbers[i]);
      TpJsonReader *reader = tp_json_reader_new (data, strlen (data));
      g_autoptr(GError) error = NULL;
      double expected = g_ascii_strtod (numbers[i], NULL);
      gint64 value = 0;
      gboolean is_int;

      g_assert_cmpint (tp_json_reader_next (reader, &error), ==, TP_JSON_TOKEN_BEGIN_ARRAY);
      g_assert_cmpint (tp_json_reader_next (reader, &error), ==, TP_JSON_TOKEN_NUMBER);
      g_assert_no_error (error);
      g_assert_cmpstr (tp_json_reader_get_number_text (reader), ==, numbers[i]);
      g_assert_true (tp_json_reader_get_double (reader) == expected);
      g_assert_cmpint (signbit (tp_json_reader_get_double (reader)), ==, signbit (expected));
      is_int = tp_json_reader_get_int (reader, &value);
      if (strpbrk (numbers[i], ".eE") == NULL && strcmp (numbers[i], "9223372036854775808") != 0)
        {
          g_assert_true (is_int);
          g_assert_cmpint (value, ==, g_ascii_strtoll (numbers[i], NULL, 10));
        }
      else if (strcmp (numbers[i], "9223372036854775808") == 0)
        g_assert_false (is_int);
      else
        {
          g_assert_true (is_int);
          g_assert_true ((double) value == expected);
        }
      tp_json_reader_free (reader);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  dirs = g_new0 (char *, argc);
  for (int i = 1; i < argc; i++)
    dirs[i - 1] = argv[i];

  g_test_add_func ("/io/json-reader/same-as-json-glib-on-files", test_files);
  g_test_add_func ("/io/json-reader/same-as-json-glib-on-generated", test_generated);
  g_test_add_func ("/io/json-reader/stricter", test_stricter);
  g_test_add_func ("/io/json-reader/strings-at-every-offset", test_strings_at_every_offset);
  g_test_add_func ("/io/json-reader/whole-numbers", test_whole_numbers);

  return g_test_run ();
}
