// A Taro build plugin: lets <View> and <Text> carry aria-role and aria-label into WeChat's templates, so WeChat's
// screen reader (读屏) announces a tappable area as a button with its name. Taro's weapp templates list only the
// attributes WeChat documents for each component and drop the rest; WeChat supports aria-* on every component.
// The platform plugin calls onSetupClose with itself once its template exists.
module.exports = (ctx) => {
  ctx.registerMethod({
    name: 'onSetupClose',
    fn(platform) {
      const aria = { 'aria-role': "''", 'aria-label': "''" }
      platform.template.mergeComponents(ctx, { View: aria, Text: aria })
    },
  })
}
