// Entry of the newsroom client bundle: mounts the app into the SPA shell.

import { render } from 'preact';
import { App } from './app.js';

render(<App />, document.getElementById('app')!);
