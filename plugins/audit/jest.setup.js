// Module tests define entities per file; clear MikroORM's metadata between files.
const { MetadataStorage } = require("@medusajs/framework/mikro-orm/core")
MetadataStorage.clear()
