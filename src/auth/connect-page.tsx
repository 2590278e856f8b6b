export function ConnectPage() {
  return <h1>Connexion</h1>
}
