export function RouteError() {
  return <h1>Erreur inattendue</h1>
}
