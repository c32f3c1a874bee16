export function App() {
  return <main>MailGist</main>;
}
