/* tp-csv-reader.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The CSV tokeniser: bytes → a rectangular table of UTF-8 cells. RFC 4180
 * quoting; the separator is a comma, or a semicolon or tab when the header
 * uses those (spreadsheets in languages with a decimal comma write
 * semicolons). Rows end in CRLF, LF or CR. Everything a spreadsheet would
 * not write is refused with the row and the column where it is.
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "tp-csv-private.h"

G_DEFINE_QUARK (tp-csv-error-quark, tp_csv_error)

char *
_tp_csv_column_name (guint column)
{
  char buffer[16];
  int i = sizeof buffer - 1;

  buffer[i] = '\0';
  column++;
  while (column > 0 && i > 0)
    {
      column--;
      buffer[--i] = 'A' + column % 26;
      column /= 26;
    }
  return g_strdup (buffer + i);
}

char *
_tp_csv_where (guint       row,
               guint       column,
               const char *message)
{
  g_autofree char *letters = _tp_csv_column_name (column);

  /* TRANSLATORS: a place in a spreadsheet, then what is wrong there:
   * "row 3, column B: a quote inside a cell that does not start with one" */
  return g_strdup_printf (_("row %u, column %s: %s"), row + 1, letters, message);
}

void
_tp_csv_set_error (GError     **error,
                   TpCsvError   code,
                   const char  *display_name,
                   guint        row,
                   guint        column,
                   const char  *format,
                   ...)
{
  g_autofree char *message = NULL;
  g_autofree char *where = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);
  where = _tp_csv_where (row, column, message);
  g_set_error (error, TP_CSV_ERROR, code, "%s: %s", display_name, where);
}

void
_tp_csv_table_free (TpCsvTable *table)
{
  if (table == NULL)
    return;
  g_clear_pointer (&table->rows, g_ptr_array_unref);
  g_free (table);
}

/* The separator the header row uses most, outside quotes; a comma on a tie. */
static char
sniff_delimiter (const char *p,
                 const char *end)
{
  guint commas = 0, semicolons = 0, tabs = 0;
  gboolean quoted = FALSE;

  for (; p < end; p++)
    {
      if (*p == '"')
        quoted = !quoted;
      else if (quoted)
        continue;
      else if (*p == '\n' || *p == '\r')
        break;
      else if (*p == ',')
        commas++;
      else if (*p == ';')
        semicolons++;
      else if (*p == '\t')
        tabs++;
    }
  if (semicolons > commas && semicolons >= tabs)
    return ';';
  if (tabs > commas && tabs > semicolons)
    return '\t';
  return ',';
}

typedef struct {
  const char *p;
  const char *end;
  const char *display_name;
  char        delimiter;
  guint       row;
  guint       column;
} Reader;

static gboolean
end_field (Reader     *reader,
           GString    *field,
           GPtrArray  *cells,
           GError    **error)
{
  if (!g_utf8_validate_len (field->str, field->len, NULL))
    {
      _tp_csv_set_error (error, TP_CSV_ERROR_ENCODING, reader->display_name,
                         reader->row, reader->column,
                         _("the text is not valid UTF-8; save the file as “CSV UTF-8”"));
      return FALSE;
    }
  if (reader->column >= TP_CSV_MAX_COLUMNS)
    {
      _tp_csv_set_error (error, TP_CSV_ERROR_TOO_LARGE, reader->display_name,
                         reader->row, reader->column,
                         _("more than %d columns"), TP_CSV_MAX_COLUMNS);
      return FALSE;
    }
  g_ptr_array_add (cells, g_strndup (field->str, field->len));
  g_string_truncate (field, 0);
  reader->column++;
  return TRUE;
}

static gboolean
append_byte (Reader   *reader,
             GString  *field,
             char      c,
             GError  **error)
{
  if (c == '\0')
    {
      _tp_csv_set_error (error, TP_CSV_ERROR_ENCODING, reader->display_name,
                         reader->row, reader->column,
                         _("the file holds a NUL byte: it is not a text file in UTF-8"));
      return FALSE;
    }
  if (field->len >= TP_CSV_MAX_CELL)
    {
      _tp_csv_set_error (error, TP_CSV_ERROR_TOO_LARGE, reader->display_name,
                         reader->row, reader->column,
                         _("the cell is longer than %d bytes"), TP_CSV_MAX_CELL);
      return FALSE;
    }
  g_string_append_c (field, c);
  return TRUE;
}

/* Reads one quoted field, the opening quote at reader->p. */
static gboolean
read_quoted (Reader   *reader,
             GString  *field,
             GError  **error)
{
  guint start_row = reader->row;

  for (reader->p++; reader->p < reader->end; reader->p++)
    {
      char c = *reader->p;

      if (c == '"')
        {
          if (reader->p + 1 < reader->end && reader->p[1] == '"')
            {
              reader->p++;
              if (!append_byte (reader, field, '"', error))
                return FALSE;
              continue;
            }
          reader->p++;
          if (reader->p < reader->end && *reader->p != reader->delimiter
              && *reader->p != '\r' && *reader->p != '\n')
            {
              _tp_csv_set_error (error, TP_CSV_ERROR_SYNTAX, reader->display_name,
                                 reader->row, reader->column,
                                 _("text after the closing quote of a cell"));
              return FALSE;
            }
          return TRUE;
        }
      if (c == '\r')
        {
          /* A line break inside a cell is kept as one "\n". */
          if (reader->p + 1 < reader->end && reader->p[1] == '\n')
            reader->p++;
          c = '\n';
        }
      if (!append_byte (reader, field, c, error))
        return FALSE;
    }

  _tp_csv_set_error (error, TP_CSV_ERROR_SYNTAX, reader->display_name,
                     start_row, reader->column,
                     _("the quoted cell that starts here is never closed"));
  return FALSE;
}

/* Reads one unquoted field up to the separator or the end of the row. */
static gboolean
read_plain (Reader   *reader,
            GString  *field,
            GError  **error)
{
  for (; reader->p < reader->end; reader->p++)
    {
      char c = *reader->p;

      if (c == reader->delimiter || c == '\r' || c == '\n')
        return TRUE;
      if (c == '"')
        {
          _tp_csv_set_error (error, TP_CSV_ERROR_SYNTAX, reader->display_name,
                             reader->row, reader->column,
                             _("a quote inside a cell that does not start with one"));
          return FALSE;
        }
      if (!append_byte (reader, field, c, error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
row_is_blank (GPtrArray *cells)
{
  return cells->len == 1 && ((const char *) g_ptr_array_index (cells, 0))[0] == '\0';
}

TpCsvTable *
_tp_csv_table_read (const char  *data,
                    gsize        length,
                    const char  *display_name,
                    GError     **error)
{
  g_autoptr(TpCsvTable) table = g_new0 (TpCsvTable, 1);
  g_autoptr(GString) field = g_string_new (NULL);
  GPtrArray *cells = NULL;
  Reader reader = { data, data + length, display_name, ',', 0, 0 };

  if (length >= 2 && ((guchar) data[0] == 0xff && (guchar) data[1] == 0xfe))
    {
      g_set_error (error, TP_CSV_ERROR, TP_CSV_ERROR_ENCODING,
                   _("%s: the file is in UTF-16; save it as “CSV UTF-8” and import it again"),
                   display_name);
      return NULL;
    }
  if (length >= 2 && ((guchar) data[0] == 0xfe && (guchar) data[1] == 0xff))
    {
      g_set_error (error, TP_CSV_ERROR, TP_CSV_ERROR_ENCODING,
                   _("%s: the file is in UTF-16; save it as “CSV UTF-8” and import it again"),
                   display_name);
      return NULL;
    }
  /* Spreadsheets start "CSV UTF-8" with a byte order mark. */
  if (length >= 3 && memcmp (data, "\xef\xbb\xbf", 3) == 0)
    reader.p += 3;

  table->rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);
  table->delimiter = reader.delimiter = sniff_delimiter (reader.p, reader.end);

  while (reader.p < reader.end)
    {
      gboolean ok;

      if (cells == NULL)
        {
          if (table->rows->len >= TP_CSV_MAX_ROWS)
            {
              _tp_csv_set_error (error, TP_CSV_ERROR_TOO_LARGE, display_name,
                                 reader.row, 0, _("more than %d rows"), TP_CSV_MAX_ROWS);
              return NULL;
            }
          cells = g_ptr_array_new_with_free_func (g_free);
          g_ptr_array_add (table->rows, cells);
          reader.column = 0;
        }

      ok = *reader.p == '"' ? read_quoted (&reader, field, error)
                            : read_plain (&reader, field, error);
      if (!ok || !end_field (&reader, field, cells, error))
        return NULL;

      if (reader.p >= reader.end)
        break;
      if (*reader.p == reader.delimiter)
        {
          reader.p++;
          if (reader.p >= reader.end)
            {
              /* "a,b," at the very end: the last cell is empty. */
              if (!end_field (&reader, field, cells, error))
                return NULL;
            }
          continue;
        }

      /* The end of a row: CRLF, LF or CR. */
      if (*reader.p == '\r' && reader.p + 1 < reader.end && reader.p[1] == '\n')
        reader.p++;
      reader.p++;
      cells = NULL;
      reader.row++;
    }

  /* Blank lines at the end are what editors leave; they are not rows. */
  while (table->rows->len > 0 && row_is_blank (g_ptr_array_index (table->rows,
                                                                  table->rows->len - 1)))
    g_ptr_array_remove_index (table->rows, table->rows->len - 1);

  if (table->rows->len == 0)
    {
      g_set_error (error, TP_CSV_ERROR, TP_CSV_ERROR_EMPTY,
                   _("%s: the file is empty; a table needs at least a header row"),
                   display_name);
      return NULL;
    }

  table->n_columns = ((GPtrArray *) g_ptr_array_index (table->rows, 0))->len;
  for (guint r = 1; r < table->rows->len; r++)
    {
      GPtrArray *row = g_ptr_array_index (table->rows, r);

      if (row->len != table->n_columns)
        {
          _tp_csv_set_error (error, TP_CSV_ERROR_RAGGED, display_name, r,
                             MIN (row->len, table->n_columns),
                             ngettext ("the row has %u cell, the header has %u",
                                       "the row has %u cells, the header has %u",
                                       row->len),
                             row->len, table->n_columns);
          return NULL;
        }
    }

  return g_steal_pointer (&table);
}
