import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261122043504 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "voucher" drop constraint if exists "voucher_username_unique";`);
    this.addSql(`alter table if exists "voucher_purchase" drop constraint if exists "voucher_purchase_line_item_id_unique";`);
    this.addSql(`alter table if exists "voucher_package" drop constraint if exists "voucher_package_variant_id_unique";`);
    this.addSql(`alter table if exists "voucher_router" drop constraint if exists "voucher_router_name_unique";`);
    this.addSql(`create table if not exists "voucher_router" ("id" text not null, "name" text not null, "host" text not null, "port" integer null, "api_kind" text check ("api_kind" in ('rest', 'api')) not null default 'rest', "use_tls" boolean not null default false, "tls_verify" boolean not null default true, "username" text not null, "password_encrypted" text null, "password_env" text null, "hotspot_server" text null, "is_active" boolean not null default true, "metadata" jsonb null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "voucher_router_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_voucher_router_deleted_at" ON "voucher_router" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_voucher_router_name_unique" ON "voucher_router" ("name") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "voucher_package" ("id" text not null, "name" text not null, "description" text null, "variant_id" text not null, "router_id" text not null, "hotspot_profile" text not null default 'default', "uptime_limit" text null, "validity_hours" integer not null, "data_limit_mb" integer null, "vouchers_per_unit" integer not null default 1, "code_length" integer not null default 8, "code_alphabet" text not null default '23456789abcdefghjkmnpqrstuvwxyz', "code_prefix" text not null default '', "username_equals_password" boolean not null default true, "is_active" boolean not null default true, "metadata" jsonb null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "voucher_package_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_voucher_package_router_id" ON "voucher_package" ("router_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_voucher_package_deleted_at" ON "voucher_package" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_voucher_package_variant_id_unique" ON "voucher_package" ("variant_id") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "voucher_purchase" ("id" text not null, "order_id" text not null, "line_item_id" text not null, "payment_collection_id" text null, "customer_id" text null, "email" text null, "phone" text null, "quantity" integer not null, "status" text check ("status" in ('pending', 'completed', 'failed', 'voucher_generation_failed')) not null default 'pending', "failure_reason" text null, "generation_attempts" integer not null default 0, "paid_at" timestamptz null, "completed_at" timestamptz null, "failed_at" timestamptz null, "delivered_at" timestamptz null, "metadata" jsonb null, "package_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "voucher_purchase_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_voucher_purchase_package_id" ON "voucher_purchase" ("package_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_voucher_purchase_deleted_at" ON "voucher_purchase" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_voucher_purchase_line_item_id_unique" ON "voucher_purchase" ("line_item_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_voucher_purchase_order_id" ON "voucher_purchase" ("order_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_voucher_purchase_payment_collection_id" ON "voucher_purchase" ("payment_collection_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_voucher_purchase_status_created_at" ON "voucher_purchase" ("status", "created_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "voucher_delivery" ("id" text not null, "round" text not null, "channel" text not null, "to" text null, "attempt" integer not null, "status" text check ("status" in ('sent', 'failed', 'error')) not null, "error_message" text null, "provider_response_id" text null, "notification_id" text null, "purchase_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "voucher_delivery_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_voucher_delivery_purchase_id" ON "voucher_delivery" ("purchase_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_voucher_delivery_deleted_at" ON "voucher_delivery" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_voucher_delivery_status_created_at" ON "voucher_delivery" ("status", "created_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "voucher" ("id" text not null, "username" text not null, "password" text not null, "package_id" text not null, "router_id" text not null, "status" text check ("status" in ('pending', 'active', 'expired', 'removed')) not null default 'pending', "router_user_id" text null, "created_on_router_at" timestamptz null, "expires_at" timestamptz null, "removed_at" timestamptz null, "purchase_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "voucher_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_voucher_purchase_id" ON "voucher" ("purchase_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_voucher_deleted_at" ON "voucher" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_voucher_username_unique" ON "voucher" ("username") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_voucher_status_expires_at" ON "voucher" ("status", "expires_at") WHERE deleted_at IS NULL;`);

    this.addSql(`alter table if exists "voucher_package" add constraint "voucher_package_router_id_foreign" foreign key ("router_id") references "voucher_router" ("id") on update cascade;`);

    this.addSql(`alter table if exists "voucher_purchase" add constraint "voucher_purchase_package_id_foreign" foreign key ("package_id") references "voucher_package" ("id") on update cascade;`);

    this.addSql(`alter table if exists "voucher_delivery" add constraint "voucher_delivery_purchase_id_foreign" foreign key ("purchase_id") references "voucher_purchase" ("id") on update cascade;`);

    this.addSql(`alter table if exists "voucher" add constraint "voucher_purchase_id_foreign" foreign key ("purchase_id") references "voucher_purchase" ("id") on update cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "voucher_package" drop constraint if exists "voucher_package_router_id_foreign";`);

    this.addSql(`alter table if exists "voucher_purchase" drop constraint if exists "voucher_purchase_package_id_foreign";`);

    this.addSql(`alter table if exists "voucher_delivery" drop constraint if exists "voucher_delivery_purchase_id_foreign";`);

    this.addSql(`alter table if exists "voucher" drop constraint if exists "voucher_purchase_id_foreign";`);

    this.addSql(`drop table if exists "voucher_router" cascade;`);

    this.addSql(`drop table if exists "voucher_package" cascade;`);

    this.addSql(`drop table if exists "voucher_purchase" cascade;`);

    this.addSql(`drop table if exists "voucher_delivery" cascade;`);

    this.addSql(`drop table if exists "voucher" cascade;`);
  }

}
