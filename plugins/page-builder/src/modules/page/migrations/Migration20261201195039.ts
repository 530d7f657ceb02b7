import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261201195039 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "page_version" drop constraint if exists "page_version_page_id_version_unique";`);
    this.addSql(`alter table if exists "page" drop constraint if exists "page_slug_unique";`);
    this.addSql(`create table if not exists "page" ("id" text not null, "slug" text not null, "title" text not null, "seo_title" text null, "seo_description" text null, "seo_image" text null, "status" text check ("status" in ('draft', 'published', 'archived')) not null default 'draft', "draft_content" jsonb not null, "published_content" jsonb null, "published_version" integer null, "published_at" timestamptz null, "metadata" jsonb null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "page_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_page_deleted_at" ON "page" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_page_slug_unique" ON "page" ("slug") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "page_version" ("id" text not null, "version" integer not null, "title" text not null, "seo_title" text null, "seo_description" text null, "seo_image" text null, "content" jsonb not null, "published_at" timestamptz not null, "published_by" text null, "restored_from" integer null, "page_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "page_version_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_page_version_page_id" ON "page_version" ("page_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_page_version_deleted_at" ON "page_version" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_page_version_page_id_version_unique" ON "page_version" ("page_id", "version") WHERE deleted_at IS NULL;`);

    this.addSql(`alter table if exists "page_version" add constraint "page_version_page_id_foreign" foreign key ("page_id") references "page" ("id") on update cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "page_version" drop constraint if exists "page_version_page_id_foreign";`);

    this.addSql(`drop table if exists "page" cascade;`);

    this.addSql(`drop table if exists "page_version" cascade;`);
  }

}
