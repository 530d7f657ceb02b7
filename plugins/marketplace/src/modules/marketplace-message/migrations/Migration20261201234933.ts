import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261201234933 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table if exists "marketplace_message" drop constraint if exists "marketplace_message_idempotency_key_unique";`
    )
    this.addSql(
      `alter table if exists "low_stock_alert" drop constraint if exists "low_stock_alert_inventory_item_id_location_id_unique";`
    )
    this.addSql(
      `create table if not exists "low_stock_alert" ("id" text not null, "inventory_item_id" text not null, "location_id" text not null, "is_low" boolean not null default false, "crossings" integer not null default 0, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "low_stock_alert_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_low_stock_alert_deleted_at" ON "low_stock_alert" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_low_stock_alert_inventory_item_id_location_id_unique" ON "low_stock_alert" ("inventory_item_id", "location_id") WHERE deleted_at IS NULL;`
    )

    this.addSql(
      `create table if not exists "marketplace_message" ("id" text not null, "idempotency_key" text not null, "template" text not null, "channel" text not null default 'email', "to" text not null, "locale" text not null, "subject" text not null, "html" text not null, "text" text not null, "data" jsonb null, "resource_type" text null, "resource_id" text null, "status" text check ("status" in ('pending', 'sent', 'failed')) not null default 'pending', "attempts" integer not null default 0, "errors" jsonb null, "notification_id" text null, "provider_id" text null, "sent_at" timestamptz null, "last_attempt_at" timestamptz null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "marketplace_message_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_marketplace_message_deleted_at" ON "marketplace_message" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_marketplace_message_idempotency_key_unique" ON "marketplace_message" ("idempotency_key") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_marketplace_message_status_last_attempt_at" ON "marketplace_message" ("status", "last_attempt_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_marketplace_message_to" ON "marketplace_message" ("to") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_marketplace_message_template" ON "marketplace_message" ("template") WHERE deleted_at IS NULL;`
    )
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "low_stock_alert" cascade;`)

    this.addSql(`drop table if exists "marketplace_message" cascade;`)
  }
}
