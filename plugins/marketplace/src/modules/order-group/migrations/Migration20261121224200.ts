import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261121224200 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "order_group" drop constraint if exists "order_group_cart_id_unique";`);
    this.addSql(`alter table if exists "commission_line" drop constraint if exists "commission_line_line_item_id_unique";`);
    this.addSql(`create table if not exists "commission_line" ("id" text not null, "order_id" text not null, "line_item_id" text not null, "seller_id" text not null, "currency_code" text not null, "rate" real not null, "base_amount" numeric not null, "amount" numeric not null, "raw_base_amount" jsonb not null, "raw_amount" jsonb not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "commission_line_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_commission_line_deleted_at" ON "commission_line" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_commission_line_line_item_id_unique" ON "commission_line" ("line_item_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_commission_line_order_id" ON "commission_line" ("order_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_commission_line_seller_id_created_at" ON "commission_line" ("seller_id", "created_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "order_group" ("id" text not null, "display_id" serial, "cart_id" text not null, "customer_id" text null, "email" text null, "currency_code" text not null, "total" numeric not null, "metadata" jsonb null, "raw_total" jsonb not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "order_group_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_order_group_deleted_at" ON "order_group" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_order_group_cart_id_unique" ON "order_group" ("cart_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_order_group_customer_id" ON "order_group" ("customer_id") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "commission_line" cascade;`);

    this.addSql(`drop table if exists "order_group" cascade;`);
  }

}
