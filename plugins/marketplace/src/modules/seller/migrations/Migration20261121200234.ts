import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261121200234 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table if exists "seller" drop constraint if exists "seller_handle_unique";`
    )
    this.addSql(
      `create table if not exists "seller" ("id" text not null, "name" text not null, "handle" text not null, "email" text not null, "phone" text null, "city" text null, "logo_url" text null, "status" text check ("status" in ('pending', 'active', 'suspended')) not null default 'pending', "metadata" jsonb null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "seller_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_seller_deleted_at" ON "seller" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_seller_handle_unique" ON "seller" ("handle") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_seller_status" ON "seller" ("status") WHERE deleted_at IS NULL;`
    )
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "seller" cascade;`)
  }
}
