export * from "./seller/workflows/create-seller"
export * from "./seller/steps/create-seller"
export * from "./seller/workflows/update-seller"
export * from "./seller/steps/update-seller"
