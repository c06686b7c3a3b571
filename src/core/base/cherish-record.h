/* cherish-record.h — table-driven properties for the plain value types
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

typedef enum
{
  CHERISH_FIELD_STRING,
  CHERISH_FIELD_INT64,
  CHERISH_FIELD_UINT,
  CHERISH_FIELD_BOOLEAN,
  CHERISH_FIELD_ENUM,
} CherishFieldType;

/* One property of a value type, stored at @offset in the instance. */
typedef struct
{
  const char       *name;
  CherishFieldType  type;
  gsize             offset;
  GType           (*enum_type) (void);
  int               default_value;
} CherishField;

#define CHERISH_FIELD(Type, member, name, kind) \
  { name, CHERISH_FIELD_##kind, G_STRUCT_OFFSET (Type, member), NULL, 0 }
#define CHERISH_FIELD_INT64_DEFAULT(Type, member, name, def) \
  { name, CHERISH_FIELD_INT64, G_STRUCT_OFFSET (Type, member), NULL, def }
#define CHERISH_FIELD_ENUM_OF(Type, member, name, get_type, def) \
  { name, CHERISH_FIELD_ENUM, G_STRUCT_OFFSET (Type, member), get_type, def }

void cherish_record_install   (GObjectClass       *klass,
                               const CherishField *fields,
                               guint               n_fields,
                               GParamSpec        **pspecs);
void cherish_record_get       (GObject            *object,
                               const CherishField *field,
                               GValue             *value);
void cherish_record_set       (GObject            *object,
                               const CherishField *field,
                               GParamSpec         *pspec,
                               const GValue       *value);
void cherish_record_finalize  (GObject            *object,
                               const CherishField *fields,
                               guint               n_fields);
GObject *cherish_record_new_valist (GType               type,
                                    const CherishField *fields,
                                    guint               n_fields,
                                    const char         *first_field,
                                    va_list             args);
void cherish_record_copy      (GObject            *dest,
                               GObject            *src,
                               GParamSpec        **pspecs,
                               guint               n_pspecs);

#define CHERISH_RECORD_IMPLEMENT(prefix, Type, fields) \
  static GParamSpec *properties[G_N_ELEMENTS (fields) + 1]; \
  static void \
  prefix##_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec) \
  { \
    g_assert (prop_id >= 1 && prop_id <= G_N_ELEMENTS (fields)); \
    cherish_record_get (object, &fields[prop_id - 1], value); \
  } \
  static void \
  prefix##_set_property (GObject *object, guint prop_id, const GValue *value, GParamSpec *pspec) \
  { \
    g_assert (prop_id >= 1 && prop_id <= G_N_ELEMENTS (fields)); \
    cherish_record_set (object, &fields[prop_id - 1], pspec, value); \
  } \
  static void \
  prefix##_finalize (GObject *object) \
  { \
    cherish_record_finalize (object, fields, G_N_ELEMENTS (fields)); \
    G_OBJECT_CLASS (prefix##_parent_class)->finalize (object); \
  } \
  static void \
  prefix##_class_init (Type##Class *klass) \
  { \
    GObjectClass *object_class = G_OBJECT_CLASS (klass); \
    object_class->get_property = prefix##_get_property; \
    object_class->set_property = prefix##_set_property; \
    object_class->finalize = prefix##_finalize; \
    cherish_record_install (object_class, fields, G_N_ELEMENTS (fields), properties); \
  } \
  static void \
  prefix##_init (Type *self) \
  { \
    for (guint i = 0; i < G_N_ELEMENTS (fields); i++) \
      if (fields[i].type == CHERISH_FIELD_ENUM) \
        G_STRUCT_MEMBER (int, self, fields[i].offset) = fields[i].default_value; \
      else if (fields[i].type == CHERISH_FIELD_INT64) \
        G_STRUCT_MEMBER (gint64, self, fields[i].offset) = fields[i].default_value; \
  } \
  Type * \
  prefix##_copy (Type *self) \
  { \
    Type *copy = g_object_new (G_OBJECT_TYPE (self), NULL); \
    cherish_record_copy (G_OBJECT (copy), G_OBJECT (self), properties + 1, \
                         G_N_ELEMENTS (fields)); \
    return copy; \
  }

/* Defines prefix_new_with (first_field, value, …, NULL): a record with
 * those fields set, as g_object_new() would set their properties, for a
 * store making thousands of them from rows. Declare it in the header. */
#define CHERISH_RECORD_NEW_WITH(prefix, Type, fields) \
  Type * \
  prefix##_new_with (const char *first_field, \
                     ...) \
  { \
    va_list args; \
    GObject *self; \
    va_start (args, first_field); \
    self = cherish_record_new_valist (prefix##_get_type (), fields, G_N_ELEMENTS (fields), first_field, args); \
    va_end (args); \
    return (Type *) self; \
  }

G_END_DECLS
