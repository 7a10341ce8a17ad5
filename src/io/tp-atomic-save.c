/* tp-atomic-save.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every step uses plain POSIX calls on paths so that each failure can be
 * reported with its errno in plain words, and so that the temporary file is
 * removed on every failure path. No global state except the injected fault,
 * which is taken atomically: safe to call from several worker threads.
 */

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <unistd.h>

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "tp-atomic-save.h"

#define MAX_SYMLINK_HOPS 40
#define WRITE_CHUNK      (1u << 20)

static int injected_fault = TP_ATOMIC_SAVE_FAULT_NONE;

void
tp_atomic_save_inject_fault (TpAtomicSaveFault fault)
{
  g_atomic_int_set (&injected_fault, (int) fault);
}

/* The reason part of a message: what a person can act upon. */
static const char *
describe_errno (int errsv)
{
  switch (errsv)
    {
    case ENOSPC:
    case EDQUOT:
      return _("the disk is full");
    case EACCES:
    case EPERM:
      return _("you do not have permission to write there");
    case EROFS:
      return _("the disk is read-only");
    case ENOENT:
      return _("the folder does not exist");
    case ENOTDIR:
      return _("a part of its path is a file, not a folder");
    case EISDIR:
      return _("it is a folder");
    case ENAMETOOLONG:
      return _("the name is too long");
    case ELOOP:
      return _("it is a symbolic link that points to itself");
    case EIO:
      return _("the disk reported a hardware or connection error");
    case EMLINK:
    case EXDEV:
      return _("the backup could not be made on this disk");
    default:
      return g_strerror (errsv);
    }
}

static gboolean
set_errno_error (GError     **error,
                 int          errsv,
                 const char  *display_name,
                 gboolean     for_backup)
{
  if (for_backup)
    g_set_error (error, G_IO_ERROR, g_io_error_from_errno (errsv),
                 _("Could not keep a backup of “%s”: %s"),
                 display_name, describe_errno (errsv));
  else
    g_set_error (error, G_IO_ERROR, g_io_error_from_errno (errsv),
                 _("Could not save “%s”: %s"),
                 display_name, describe_errno (errsv));
  return FALSE;
}

/* Takes the injected fault if it is @step: the caller then fails with ENOSPC. */
static gboolean
fault_at (TpAtomicSaveFault *pending,
          TpAtomicSaveFault  step)
{
  if (*pending != step)
    return FALSE;
  *pending = TP_ATOMIC_SAVE_FAULT_NONE;
  errno = ENOSPC;
  return TRUE;
}

/* Follows symbolic links so that saving through a link replaces the file it
 * points to and leaves the link itself alone. A dangling link gives the path
 * the link points to (the file is created there). */
static char *
resolve_target (const char  *path,
                int         *errsv)
{
  g_autofree char *current = g_strdup (path);

  for (guint hops = 0; hops < MAX_SYMLINK_HOPS; hops++)
    {
      struct stat st;
      g_autofree char *link = NULL;
      g_autofree char *dir = NULL;

      if (lstat (current, &st) != 0 || !S_ISLNK (st.st_mode))
        return g_steal_pointer (&current);

      link = g_file_read_link (current, NULL);
      if (link == NULL)
        return g_steal_pointer (&current);

      if (g_path_is_absolute (link))
        {
          g_free (current);
          current = g_steal_pointer (&link);
        }
      else
        {
          dir = g_path_get_dirname (current);
          g_free (current);
          current = g_build_filename (dir, link, NULL);
        }
    }

  *errsv = ELOOP;
  return NULL;
}

static gboolean
write_all (int           fd,
           const guint8 *data,
           gsize         size)
{
  gsize done = 0;

  while (done < size)
    {
      gssize n = write (fd, data + done, MIN (size - done, WRITE_CHUNK));

      if (n < 0)
        {
          if (errno == EINTR)
            continue;
          return FALSE;
        }
      done += (gsize) n;
    }

  return TRUE;
}

/* Creates "DIR/.NAME.XXXXXX" with O_CREAT|O_EXCL (g_mkstemp_full); returns the fd. */
static int
create_temp (const char  *dir,
             const char  *base,
             const char  *suffix,
             char       **tmp_path)
{
  g_autofree char *name = g_strdup_printf (".%s%s.XXXXXX", base, suffix);
  g_autofree char *path = g_build_filename (dir, name, NULL);
  int fd;

  fd = g_mkstemp_full (path, O_RDWR | O_CLOEXEC, 0644);
  if (fd >= 0)
    {
      /* Held until the file is closed: tells remove_leftovers() it is in use. */
      flock (fd, LOCK_EX);
      *tmp_path = g_steal_pointer (&path);
    }
  return fd;
}

/* Removes the temporary files of earlier saves of @base that were killed
 * half-way (".BASE.XXXXXX", ".BASE~.XXXXXX", ".BASE~.xxxxxxxx"). Called with
 * the folder locked (lock_folder), so no other save of ours is between
 * creating and renaming its files; a temp file that is still locked (a save
 * by a program that does not lock the folder) is left alone all the same. */
static void
remove_leftovers (const char *dir,
                  const char *base)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  g_autofree char *prefix = g_strdup_printf (".%s.", base);
  g_autofree char *backup_prefix = g_strdup_printf (".%s~.", base);
  const char *name;

  if (d == NULL)
    return;

  while ((name = g_dir_read_name (d)) != NULL)
    {
      g_autofree char *path = NULL;
      const char *rest;
      gboolean plain = TRUE;
      struct stat st;
      gsize len;
      int fd;

      if (g_str_has_prefix (name, prefix))
        rest = name + strlen (prefix);
      else if (g_str_has_prefix (name, backup_prefix))
        rest = name + strlen (backup_prefix);
      else
        continue;
      len = strlen (rest);
      for (const char *p = rest; *p; p++)
        plain = plain && g_ascii_isalnum (*p);
      if (!plain || (len != 6 && len != 8))
        continue;

      path = g_build_filename (dir, name, NULL);
      fd = open (path, O_RDONLY | O_CLOEXEC | O_NOFOLLOW | O_NONBLOCK);
      if (fd < 0)
        continue;
      if (fstat (fd, &st) == 0 && S_ISREG (st.st_mode) && flock (fd, LOCK_EX | LOCK_NB) == 0)
        g_unlink (path);
      close (fd);
    }
}

static gboolean
close_checked (int *fd)
{
  int r = close (*fd);

  *fd = -1;
  return r == 0 || errno == EINTR;
}

/* Copies @src to a new file at @dest via a temp file, keeping the mode. */
static gboolean
copy_file (const char *src,
           const char *dir,
           const char *base,
           const char *dest,
           mode_t      mode)
{
  g_autofree char *tmp = NULL;
  g_autofree guint8 *buf = NULL;
  int in_fd, out_fd = -1;
  int errsv = 0;
  gssize n;

  in_fd = open (src, O_RDONLY | O_CLOEXEC);
  if (in_fd < 0)
    return FALSE;

  out_fd = create_temp (dir, base, "~", &tmp);
  if (out_fd < 0)
    {
      errsv = errno;
      goto out;
    }
  if (fchmod (out_fd, mode) != 0)
    {
      errsv = errno;
      goto out;
    }

  buf = g_malloc (WRITE_CHUNK);
  while ((n = read (in_fd, buf, WRITE_CHUNK)) != 0)
    {
      if (n < 0)
        {
          if (errno == EINTR)
            continue;
          errsv = errno;
          goto out;
        }
      if (!write_all (out_fd, buf, (gsize) n))
        {
          errsv = errno;
          goto out;
        }
    }

  if (fsync (out_fd) != 0 || !close_checked (&out_fd) || rename (tmp, dest) != 0)
    errsv = errno;

out:
  if (out_fd >= 0)
    close (out_fd);
  close (in_fd);
  if (errsv != 0 && tmp != NULL)
    g_unlink (tmp);
  errno = errsv;
  return errsv == 0;
}

/* Makes "TARGET~" hold the current contents of @target before it is
 * replaced. A hard link under a temporary name is renamed over the old
 * backup, so there is always either the old or the new backup; the target
 * itself is never touched. Falls back to a copy where hard links fail. */
static gboolean
make_backup (const char *target,
             const char *dir,
             const char *base,
             mode_t      mode)
{
  g_autofree char *backup = g_strconcat (target, "~", NULL);
  g_autofree char *link_name = NULL;

  for (guint attempt = 0; attempt < 100; attempt++)
    {
      g_autofree char *name = g_strdup_printf (".%s~.%08x", base, g_random_int ());

      g_free (link_name);
      link_name = g_build_filename (dir, name, NULL);
      if (link (target, link_name) == 0)
        break;
      if (errno != EEXIST)
        {
          g_clear_pointer (&link_name, g_free);
          break;
        }
      g_clear_pointer (&link_name, g_free);
    }

  if (link_name != NULL)
    {
      int errsv = 0;

      if (rename (link_name, backup) != 0)
        errsv = errno;
      /* rename() does nothing when both names are already the same file. */
      g_unlink (link_name);
      errno = errsv;
      return errsv == 0;
    }

  return copy_file (target, dir, base, backup, mode);
}

/* Saves into one folder take turns, from the first leftover removed to the
 * last rename: otherwise one save could remove the temp file or backup link
 * of another between its close and its rename. Returns the descriptor that
 * holds the lock (closing it releases it), or -1 where folders cannot be
 * locked; remove_leftovers() then cannot lock the temp files either and
 * removes nothing. */
static int
lock_folder (const char *dir)
{
  int fd = open (dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC);

  if (fd < 0)
    return -1;
  while (flock (fd, LOCK_EX) != 0)
    if (errno != EINTR)
      {
        close (fd);
        return -1;
      }
  return fd;
}

static void
sync_folder (const char *dir)
{
  int fd = open (dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC);

  /* Some file systems cannot sync a folder; the rename has happened anyway. */
  if (fd >= 0)
    {
      fsync (fd);
      close (fd);
    }
}

gboolean
tp_atomic_save (GFile        *file,
                GBytes       *contents,
                gboolean      keep_backup,
                GCancellable *cancellable,
                GError      **error)
{
  g_autofree char *path = NULL;
  g_autofree char *display_name = NULL;
  g_autofree char *target = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *base = NULL;
  g_autofree char *tmp = NULL;
  TpAtomicSaveFault fault;
  struct stat st;
  gboolean exists;
  const guint8 *data;
  gsize size;
  int fd = -1;
  int folder_lock = -1;
  int errsv = 0;
  gboolean for_backup = FALSE;

  g_return_val_if_fail (G_IS_FILE (file), FALSE);
  g_return_val_if_fail (contents != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  fault = (TpAtomicSaveFault) g_atomic_int_exchange (&injected_fault,
                                                      TP_ATOMIC_SAVE_FAULT_NONE);

  display_name = g_file_get_basename (file);
  if (display_name == NULL)
    display_name = g_file_get_parse_name (file);

  path = g_file_get_path (file);
  if (path == NULL)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                   _("Could not save “%s”: only files on this computer can be saved directly"),
                   display_name);
      return FALSE;
    }

  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return FALSE;

  target = resolve_target (path, &errsv);
  if (target == NULL)
    return set_errno_error (error, errsv, display_name, FALSE);

  dir = g_path_get_dirname (target);
  base = g_path_get_basename (target);

  exists = stat (target, &st) == 0;
  if (exists && S_ISDIR (st.st_mode))
    return set_errno_error (error, EISDIR, display_name, FALSE);
  if (exists && !S_ISREG (st.st_mode))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_REGULAR_FILE,
                   _("Could not save “%s”: it is a device or special file, not a regular file"),
                   display_name);
      return FALSE;
    }

  folder_lock = lock_folder (dir);
  remove_leftovers (dir, base);
  if (fault_at (&fault, TP_ATOMIC_SAVE_FAULT_OPEN))
    goto fail;
  fd = create_temp (dir, base, "", &tmp);
  if (fd < 0)
    goto fail;

  /* Keep the old file's permissions and owner; new files get 0644 less the umask. */
  if (exists)
    {
      if (fchmod (fd, st.st_mode & 07777) != 0)
        goto fail;
      if ((st.st_uid != geteuid () || st.st_gid != getegid ()) &&
          fchown (fd, st.st_uid, st.st_gid) != 0)
        {
          /* Not allowed to give the file away: keep it ours, but never wider open. */
          if (fchmod (fd, st.st_mode & 0700) != 0)
            goto fail;
        }
    }

  data = g_bytes_get_data (contents, &size);
  /* An injected write fault fails half-way, as a disk filling up would. */
  if (fault == TP_ATOMIC_SAVE_FAULT_WRITE)
    {
      if (write_all (fd, data, size / 2))
        fault_at (&fault, TP_ATOMIC_SAVE_FAULT_WRITE);
      goto fail;
    }
  if (!write_all (fd, data, size))
    goto fail;

  if (fault_at (&fault, TP_ATOMIC_SAVE_FAULT_FSYNC) || fsync (fd) != 0)
    goto fail;
  if (!close_checked (&fd))
    goto fail;

  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    {
      g_unlink (tmp);
      if (folder_lock >= 0)
        close (folder_lock);
      return FALSE;
    }

  if (keep_backup && exists && !make_backup (target, dir, base, st.st_mode & 07777))
    {
      for_backup = TRUE;
      goto fail;
    }

  if (fault_at (&fault, TP_ATOMIC_SAVE_FAULT_RENAME) || rename (tmp, target) != 0)
    goto fail;

  sync_folder (dir);
  if (folder_lock >= 0)
    close (folder_lock);
  return TRUE;

fail:
  errsv = errno;
  if (fd >= 0)
    close (fd);
  if (tmp != NULL)
    g_unlink (tmp);
  if (folder_lock >= 0)
    close (folder_lock);
  return set_errno_error (error, errsv, display_name, for_backup);
}
