import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import graphqlDocuments from './scripts/graphql-documents-babel.mjs';

const root = fileURLToPath(new URL('.', import.meta.url));
const apiOrigin = process.env.BANSO_API_ORIGIN ?? 'http://localhost:3000';

/** The web app: built to dist/web (served by the api at /); `npm run web:dev` proxies the api. */
export default defineConfig({
  root,
  plugins: [
    react({
      // Each graphql(`…`) call becomes an import of its own document (scripts/graphql-documents-babel.mjs), so a
      // chunk carries only the documents it uses, not the map of every document of the app.
      babel: {
        plugins: [[graphqlDocuments, { artifactDirectory: fileURLToPath(new URL('src/gql', import.meta.url)) }]],
      },
    }),
  ],
  build: {
    outDir: fileURLToPath(new URL('../../dist/web', import.meta.url)),
    emptyOutDir: true,
    manifest: true,
    sourcemap: false,
    chunkSizeWarningLimit: 900,
  },
  server: {
    port: Number(process.env.WEB_DEV_PORT ?? 5173),
    proxy: {
      '/graphql': { target: apiOrigin, changeOrigin: false },
      '/health': { target: apiOrigin },
      '/imports': { target: apiOrigin },
      '/exports': { target: apiOrigin },
    },
  },
});
