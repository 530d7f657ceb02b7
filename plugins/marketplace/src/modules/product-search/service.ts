import type { Context } from "@medusajs/framework/types"
import {
  generateEntityId,
  InjectManager,
  InjectTransactionManager,
  MedusaContext,
  MedusaService,
} from "@medusajs/framework/utils"
import ProductSearchDocument from "./models/product-search-document"
import ProductSearchPrice from "./models/product-search-price"
import ProductSearchSale from "./models/product-search-sale"
import type {
  ProductSaleLine,
  ProductSearchDocumentInput,
  ProductSearchFilters,
  ProductSearchHit,
  ProductSearchInput,
  ProductSearchResult,
} from "./types"

/** A raw SQL result row (columns are read and converted where used). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Row = Record<string, any>

type Executor = {
  execute: (sql: string, params?: unknown[]) => Promise<Row[]>
}

type KnexLike = {
  raw: (
    sql: string,
    bindings: unknown[]
  ) => PromiseLike<{ rows: Row[] }> & {
    transacting: (trx: unknown) => unknown
  }
}

/**
 * Runs SQL through knex with server-side bindings ($1, $2…), inside the
 * manager's transaction when there is one. Input is never spliced into SQL.
 */
function executor(manager: unknown): Executor {
  const em = manager as {
    getKnex: () => KnexLike
    getTransactionContext: () => unknown
  }
  return {
    async execute(sql, params = []) {
      const query = em.getKnex().raw(sql, params)
      const trx = em.getTransactionContext()
      if (trx) query.transacting(trx)
      const res = await query
      return res.rows
    },
  }
}

type Where = { sql: string[]; params: unknown[] }

/** `?, ?, ?` for a list bound value by value (never concatenated). */
const placeholders = (n: number) =>
  Array.from({ length: n }, () => "?").join(", ")

/** A PostgreSQL text[] literal, bound as one parameter (`?::text[]`). */
export function toPgTextArray(values: string[]): string {
  return `{${values
    .map((v) => `"${v.replace(/\\/g, "\\\\").replace(/"/g, '\\"')}"`)
    .join(",")}}`
}

/** Words of a keyword as a prefix tsquery: "sepatu lar" → "sepatu:* & lar:*". */
export function toPrefixTsQuery(q: string): string | null {
  const words = q.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []
  return words.length ? words.map((w) => `${w}:*`).join(" & ") : null
}

const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`)

/** A search hit from a document row (with `price_amount` in `currency`). */
function toHit(r: Row, currency: string | null): ProductSearchHit {
  return {
    id: r.id,
    title: r.title,
    handle: r.handle,
    thumbnail: r.thumbnail,
    seller: r.seller_id
      ? { id: r.seller_id, handle: r.seller_handle, name: r.seller_name }
      : null,
    price:
      r.price_amount !== null && r.price_amount !== undefined && currency
        ? { amount: Number(r.price_amount), currency_code: currency }
        : null,
    in_stock: r.in_stock,
    units_sold: Number(r.units_sold),
    created_at: new Date(r.created_at),
  }
}

/**
 * Catalogue search read model. `search` answers GET /store/products/search
 * with parameterized SQL on this module's own tables; the refresh workflow
 * writes documents with `replaceDocuments`.
 */
class ProductSearchModuleService extends MedusaService({
  ProductSearchDocument,
  ProductSearchPrice,
  ProductSearchSale,
}) {
  /** SQL condition and parameters of a keyword. */
  protected keywordCondition(q: string, fuzzy: boolean): Where {
    if (fuzzy) {
      // Typo tolerance: trigram word similarity on the title (GIN trigram index).
      return { sql: ["? <% d.title"], params: [q] }
    }
    // Whole or prefix words anywhere in title/subtitle/description (tsvector
    // GIN index), or the phrase inside the title (trigram GIN index).
    const tsq = toPrefixTsQuery(q)
    const like = `%${escapeLike(q)}%`
    return tsq
      ? {
          sql: [
            "(d.search_vector @@ to_tsquery('simple', ?) or d.title ilike ?)",
          ],
          params: [tsq, like],
        }
      : { sql: ["d.title ilike ?"], params: [like] }
  }

  /**
   * The shared filters (visibility, keyword, stock, price) and, apart, the
   * category and seller conditions: facets leave their own filter out, so the
   * category facet shows what picking another category would return.
   */
  protected buildFilters(f: ProductSearchFilters, fuzzy: boolean) {
    const base: Where = {
      sql: ["d.visible = true", "d.deleted_at is null"],
      params: [],
    }
    const q = f.q?.trim()
    if (q) {
      const k = this.keywordCondition(q, fuzzy)
      base.sql.push(...k.sql)
      base.params.push(...k.params)
    }
    if (f.in_stock) base.sql.push("d.in_stock = true")
    if (f.min_price !== undefined) {
      base.sql.push("p.min_amount >= ?")
      base.params.push(f.min_price)
    }
    if (f.max_price !== undefined) {
      base.sql.push("p.min_amount <= ?")
      base.params.push(f.max_price)
    }

    const category: Where = { sql: [], params: [] }
    if (f.category_ids?.length) {
      category.sql.push("d.category_ids && ?::text[]")
      category.params.push(toPgTextArray(f.category_ids))
    }
    const seller: Where = { sql: [], params: [] }
    if (f.seller_ids?.length) {
      seller.sql.push(`d.seller_id in (${placeholders(f.seller_ids.length)})`)
      seller.params.push(...f.seller_ids)
    }
    if (f.seller_handles?.length) {
      seller.sql.push(
        `d.seller_handle in (${placeholders(f.seller_handles.length)})`
      )
      seller.params.push(...f.seller_handles)
    }
    return { base, category, seller }
  }

  /**
   * One statement per search: the filtered set is computed once (CTE) and
   * page, count and both facets are read from it. A keyword that matches
   * nothing is retried with trigram similarity (typo tolerance).
   */
  @InjectManager()
  async search(
    input: ProductSearchInput,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<ProductSearchResult> {
    const db = executor(sharedContext.manager)
    let result = await this.runSearch(db, input, false)
    if (result.count === 0 && input.q?.trim()) {
      result = await this.runSearch(db, input, true)
    }
    return result
  }

  protected async runSearch(
    db: Executor,
    input: ProductSearchInput,
    fuzzy: boolean
  ): Promise<ProductSearchResult> {
    const currency = input.currency_code?.toLowerCase() ?? null
    const { base, category, seller } = this.buildFilters(input, fuzzy)
    const q = input.q?.trim()
    const tsq = q ? toPrefixTsQuery(q) : null

    let rank = "0"
    const rankParams: unknown[] = []
    if (q) {
      rank = tsq
        ? "ts_rank_cd(d.search_vector, to_tsquery('simple', ?)) + word_similarity(?, d.title)"
        : "word_similarity(?, d.title)"
      if (tsq) rankParams.push(tsq)
      rankParams.push(q)
    }
    const cond = (w: Where) => (w.sql.length ? w.sql.join(" and ") : "true")
    const order: Record<string, string> = {
      relevance: "rank desc, units_sold desc, product_created_at desc, id",
      newest: "product_created_at desc, id",
      price_asc: "price_amount asc nulls last, product_created_at desc, id",
      price_desc: "price_amount desc nulls last, product_created_at desc, id",
      popularity: "units_sold desc, product_created_at desc, id",
    }
    const orderBy = order[input.sort] ?? order.newest

    // The price table is joined for every candidate only when prices filter
    // or sort; otherwise just for the page's rows.
    const priceInBase =
      input.min_price !== undefined ||
      input.max_price !== undefined ||
      input.sort === "price_asc" ||
      input.sort === "price_desc"
    const priceJoin = (alias: string) =>
      `left join product_search_price ${alias}
         on ${alias}.product_id = d.id and ${alias}.currency_code = ? and ${alias}.deleted_at is null`

    const [row] = await db.execute(
      `with base as materialized (
         select d.id, d.seller_id, d.category_ids, d.units_sold, d.product_created_at,
                ${priceInBase ? "p.min_amount" : "null::numeric"} as price_amount,
                ${rank} as rank,
                (${cond(category)}) as category_ok, (${cond(seller)}) as seller_ok
         from product_search_document d
         ${priceInBase ? priceJoin("p") : ""}
         where ${cond(base)}
       ),
       page as (
         select id, row_number() over (order by ${orderBy}) as pos
         from base where category_ok and seller_ok
         order by ${orderBy} limit ? offset ?
       ),
       categories as (
         select c.id, count(*)::int as count
         from base cross join lateral unnest(base.category_ids) as c(id)
         where seller_ok group by c.id order by count desc, c.id limit 100
       ),
       sellers as (
         select seller_id as id, count(*)::int as count
         from base where category_ok and seller_id is not null
         group by seller_id order by count desc, seller_id limit 100
       )
       select
         (select count(*)::int from base where category_ok and seller_ok) as count,
         (select coalesce(json_agg(json_build_object(
            'id', d.id, 'title', d.title, 'handle', d.handle, 'thumbnail', d.thumbnail,
            'seller_id', d.seller_id, 'seller_handle', d.seller_handle,
            'seller_name', d.seller_name, 'in_stock', d.in_stock,
            'units_sold', d.units_sold, 'created_at', d.product_created_at,
            'price_amount', pp.min_amount) order by page.pos), '[]'::json)
            from page join product_search_document d on d.id = page.id
            ${priceJoin("pp")}) as products,
         (select coalesce(json_agg(json_build_object('id', id, 'count', count)
            order by count desc, id), '[]'::json) from categories) as categories,
         (select coalesce(json_agg(json_build_object('id', s.id,
            'handle', sd.seller_handle, 'name', sd.seller_name, 'count', s.count)
            order by s.count desc, s.id), '[]'::json)
            from sellers s cross join lateral (
              select seller_handle, seller_name from product_search_document
              where seller_id = s.id and deleted_at is null limit 1) sd) as sellers`,
      [
        ...rankParams,
        ...category.params,
        ...seller.params,
        ...(priceInBase ? [currency] : []),
        ...base.params,
        input.limit,
        input.offset,
        currency,
      ]
    )

    const rows = (row?.products ?? []) as Row[]
    return {
      products: rows.map((r) => toHit(r, currency)),
      count: Number(row?.count ?? 0),
      facets: {
        categories: ((row?.categories ?? []) as Row[]).map((c) => ({
          id: c.id,
          count: Number(c.count),
        })),
        sellers: ((row?.sellers ?? []) as Row[]).map((s) => ({
          id: s.id,
          handle: s.handle,
          name: s.name,
          count: Number(s.count),
        })),
      },
    }
  }

  /**
   * Writes the documents (insert or replace, with their prices) and removes
   * the documents of `delete_ids`; units sold are recounted from the sales.
   * Returns what was there before, for the workflow's compensation.
   */
  @InjectTransactionManager()
  async replaceDocuments(
    input: { documents: ProductSearchDocumentInput[]; delete_ids: string[] },
    @MedusaContext() sharedContext: Context = {}
  ): Promise<{ previous: ProductSearchDocumentInput[]; absent: string[] }> {
    const db = executor(sharedContext.transactionManager)
    const ids = [
      ...new Set([...input.documents.map((d) => d.id), ...input.delete_ids]),
    ]
    if (!ids.length) return { previous: [], absent: [] }

    await this.lockProducts(db, ids)
    const previous = await this.readDocuments(db, ids)
    const found = new Set(previous.map((d) => d.id))
    const absent = ids.filter((id) => !found.has(id))

    await this.deleteRows(db, ids, input.delete_ids)
    await this.writeDocuments(db, input.documents)
    return { previous, absent }
  }

  /** Compensation of replaceDocuments: puts back what was there before. */
  @InjectTransactionManager()
  async restoreDocuments(
    input: { previous: ProductSearchDocumentInput[]; absent: string[] },
    @MedusaContext() sharedContext: Context = {}
  ): Promise<void> {
    const db = executor(sharedContext.transactionManager)
    const ids = [...input.previous.map((d) => d.id), ...input.absent]
    if (!ids.length) return
    await this.lockProducts(db, ids)
    await this.deleteRows(db, ids, input.absent)
    await this.writeDocuments(db, input.previous)
  }

  /** Deletes the prices of `priceProductIds` and the documents `documentIds`. */
  protected async deleteRows(
    db: Executor,
    priceProductIds: string[],
    documentIds: string[]
  ): Promise<void> {
    await db.execute(
      `delete from product_search_price where product_id in (${placeholders(priceProductIds.length)})`,
      priceProductIds
    )
    if (documentIds.length) {
      await db.execute(
        `delete from product_search_document where id in (${placeholders(documentIds.length)})`,
        documentIds
      )
    }
  }

  /**
   * Serializes concurrent refreshes of the same products (one event per
   * variant or stock level may refresh a product several times at once):
   * transaction-scoped advisory locks, taken in id order to avoid deadlocks.
   */
  protected async lockProducts(db: Executor, ids: string[]) {
    await db.execute(
      `select pg_advisory_xact_lock(hashtextextended(s.id, 7301))
       from (select unnest(?::text[]) as id order by 1) s`,
      [toPgTextArray(ids)]
    )
  }

  protected async writeDocuments(
    db: Executor,
    docs: ProductSearchDocumentInput[]
  ): Promise<void> {
    if (!docs.length) return
    const cols = [
      "id",
      "title",
      "subtitle",
      "handle",
      "thumbnail",
      "description",
      "status",
      "seller_id",
      "seller_handle",
      "seller_name",
      "seller_active",
      "visible",
      "category_ids",
      "in_stock",
      "product_created_at",
    ]
    const row = `(${cols.map((c) => (c === "category_ids" ? "?::text[]" : "?")).join(", ")})`
    const params: unknown[] = []
    for (const d of docs) {
      params.push(
        d.id,
        d.title,
        d.subtitle,
        d.handle,
        d.thumbnail,
        d.description,
        d.status,
        d.seller_id,
        d.seller_handle,
        d.seller_name,
        d.seller_active,
        d.visible,
        toPgTextArray(d.category_ids),
        d.in_stock,
        d.product_created_at
      )
    }
    await db.execute(
      `insert into product_search_document (${cols.join(", ")})
       values ${docs.map(() => row).join(", ")}
       on conflict (id) do update set
         ${cols
           .filter((c) => c !== "id")
           .map((c) => `${c} = excluded.${c}`)
           .join(", ")},
         updated_at = now(), deleted_at = null`,
      params
    )
    const prices = docs.flatMap((d) =>
      d.prices.map((p) => ({ ...p, product_id: d.id }))
    )
    if (prices.length) {
      const priceParams: unknown[] = []
      for (const p of prices) {
        priceParams.push(
          generateEntityId(undefined, "psprc"),
          p.product_id,
          p.currency_code.toLowerCase(),
          p.min_amount,
          p.max_amount
        )
      }
      await db.execute(
        `insert into product_search_price (id, product_id, currency_code, min_amount, max_amount)
         values ${prices.map(() => "(?, ?, ?, ?, ?)").join(", ")}
         on conflict (product_id, currency_code) where deleted_at is null
         do update set min_amount = excluded.min_amount,
           max_amount = excluded.max_amount, updated_at = now()`,
        priceParams
      )
    }
    await this.recountUnitsSold(
      db,
      docs.map((d) => d.id)
    )
  }

  protected async recountUnitsSold(db: Executor, ids: string[]) {
    if (!ids.length) return
    await db.execute(
      `update product_search_document d set units_sold = coalesce(
         (select sum(s.quantity) from product_search_sale s
          where s.product_id = d.id and s.deleted_at is null), 0)
       where d.id in (${placeholders(ids.length)})`,
      ids
    )
  }

  protected async readDocuments(
    db: Executor,
    ids: string[]
  ): Promise<ProductSearchDocumentInput[]> {
    const docs = await db.execute(
      `select id, title, subtitle, handle, thumbnail, description, status,
              seller_id, seller_handle, seller_name, seller_active, visible,
              category_ids, in_stock, product_created_at
       from product_search_document where id in (${placeholders(ids.length)})`,
      ids
    )
    if (!docs.length) return []
    const prices = await db.execute(
      `select product_id, currency_code, min_amount, max_amount
       from product_search_price
       where deleted_at is null and product_id in (${placeholders(docs.length)})`,
      docs.map((d) => d.id)
    )
    return docs.map((d) => ({
      ...(d as ProductSearchDocumentInput),
      prices: prices
        .filter((p) => p.product_id === d.id)
        .map((p) => ({
          currency_code: p.currency_code,
          min_amount: Number(p.min_amount),
          max_amount: Number(p.max_amount),
        })),
    }))
  }

  /**
   * Sets the units an order contributes per product (an empty list removes
   * the order, e.g. once canceled) and recounts those products. Returns the
   * previous lines for compensation and every product touched.
   */
  @InjectTransactionManager()
  async setOrderSales(
    input: { order_id: string; lines: ProductSaleLine[] },
    @MedusaContext() sharedContext: Context = {}
  ): Promise<{ previous: ProductSaleLine[]; product_ids: string[] }> {
    const db = executor(sharedContext.transactionManager)
    const previous = (
      await db.execute(
        `select product_id, quantity from product_search_sale
         where order_id = ? and deleted_at is null`,
        [input.order_id]
      )
    ).map((r) => ({ product_id: r.product_id, quantity: Number(r.quantity) }))
    await db.execute(`delete from product_search_sale where order_id = ?`, [
      input.order_id,
    ])
    const byProduct = new Map<string, number>()
    for (const l of input.lines)
      byProduct.set(
        l.product_id,
        (byProduct.get(l.product_id) ?? 0) + l.quantity
      )
    if (byProduct.size) {
      const params: unknown[] = []
      for (const [product_id, quantity] of byProduct)
        params.push(
          generateEntityId(undefined, "pssale"),
          input.order_id,
          product_id,
          quantity
        )
      await db.execute(
        `insert into product_search_sale (id, order_id, product_id, quantity)
         values ${[...byProduct].map(() => "(?, ?, ?, ?)").join(", ")}`,
        params
      )
    }
    const product_ids = [
      ...new Set([...previous.map((p) => p.product_id), ...byProduct.keys()]),
    ]
    await this.recountUnitsSold(db, product_ids)
    return { previous, product_ids }
  }

  /**
   * The hits of the given products that shoppers may see (visible documents:
   * published, in the default sales channel, of an active seller or none),
   * in the order of `ids`; unknown or hidden ids are left out. Prices are the
   * cheapest base price in `currency_code` (null without one). One statement.
   */
  @InjectManager()
  async listVisibleHits(
    input: { ids: string[]; currency_code?: string | null },
    @MedusaContext() sharedContext: Context = {}
  ): Promise<ProductSearchHit[]> {
    const ids = [...new Set(input.ids)]
    if (!ids.length) return []
    const currency = input.currency_code?.toLowerCase() ?? null
    const db = executor(sharedContext.manager)
    const rows = await db.execute(
      `select d.id, d.title, d.handle, d.thumbnail, d.seller_id, d.seller_handle,
              d.seller_name, d.in_stock, d.units_sold,
              d.product_created_at as created_at, p.min_amount as price_amount
         from unnest(?::text[]) with ordinality as wanted(id, pos)
         join product_search_document d
           on d.id = wanted.id and d.visible = true and d.deleted_at is null
         left join product_search_price p
           on p.product_id = d.id and p.currency_code = ? and p.deleted_at is null
        order by wanted.pos`,
      [toPgTextArray(ids), currency]
    )
    return rows.map((r) => toHit(r, currency))
  }

  /** Ids of every document (to find products deleted since the last refresh). */
  @InjectManager()
  async listDocumentIds(
    @MedusaContext() sharedContext: Context = {}
  ): Promise<string[]> {
    const db = executor(sharedContext.manager)
    const rows = await db.execute(`select id from product_search_document`)
    return rows.map((r) => r.id)
  }

  /** Ids of the documents of these sellers. */
  @InjectManager()
  async listProductIdsOfSellers(
    seller_ids: string[],
    @MedusaContext() sharedContext: Context = {}
  ): Promise<string[]> {
    if (!seller_ids.length) return []
    const db = executor(sharedContext.manager)
    const rows = await db.execute(
      `select id from product_search_document where seller_id in (${placeholders(seller_ids.length)})`,
      seller_ids
    )
    return rows.map((r) => r.id)
  }
}

export default ProductSearchModuleService
