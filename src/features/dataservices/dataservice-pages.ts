// The create and edit pages share the form: one lazy chunk for both keeps the entry's route
// table a list of chunks shorter (the size budget in e2e/budgets.spec.ts).
export { DataserviceCreatePage } from './dataservice-create-page'
export { DataservicePage } from './dataservice-page'
