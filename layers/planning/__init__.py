"""Coverage planning without Qt: viewsheds over the DEM, who each site covers, which sites to build."""
