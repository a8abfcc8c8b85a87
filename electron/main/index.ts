import { builtPaths, startApp } from './app-main';

// out/main/index.js: the renderer and preload sit beside it in out/renderer and out/preload.
startApp(builtPaths(import.meta.dirname));
