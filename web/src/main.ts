import './styles/global.css';
import './components/pa-app.ts';

// The skip link must not touch the hash: the hash is the route.
document.querySelector('a.skip')?.addEventListener('click', (event) => {
  event.preventDefault();
  document.getElementById('inhalt')?.focus();
});
