/** The pack-folder resolver lives with the asset tool, which uses it too. */
export * from '../../assets/tool/pack-dir';
