import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261201231938 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "seller_sales_day" drop constraint if exists "seller_sales_day_seller_id_day_currency_code_unique";`);
    this.addSql(`alter table if exists "product_sales_day" drop constraint if exists "product_sales_day_seller_id_day_product_id_currency_code_unique";`);
    this.addSql(`create table if not exists "product_sales_day" ("id" text not null, "seller_id" text not null, "product_id" text not null, "product_title" text null, "day" text not null, "currency_code" text not null, "units" integer not null, "revenue" numeric not null, "raw_revenue" jsonb not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "product_sales_day_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_product_sales_day_deleted_at" ON "product_sales_day" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_product_sales_day_seller_id_day_product_id_currency_code_unique" ON "product_sales_day" ("seller_id", "day", "product_id", "currency_code") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_product_sales_day_day" ON "product_sales_day" ("day") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "seller_sales_day" ("id" text not null, "seller_id" text not null, "day" text not null, "currency_code" text not null, "orders" integer not null, "revenue" numeric not null, "commission" numeric not null, "raw_revenue" jsonb not null, "raw_commission" jsonb not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "seller_sales_day_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_seller_sales_day_deleted_at" ON "seller_sales_day" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_seller_sales_day_seller_id_day_currency_code_unique" ON "seller_sales_day" ("seller_id", "day", "currency_code") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_seller_sales_day_day" ON "seller_sales_day" ("day") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "product_sales_day" cascade;`);

    this.addSql(`drop table if exists "seller_sales_day" cascade;`);
  }

}
