import { defineConfig } from "astro/config";
import starlight from "@astrojs/starlight";

export default defineConfig({
  site: "https://docs.example.org",
  trailingSlash: "always",
  integrations: [starlight({ title: "Example docs" })],
});
